package org.joysurvey.plugins;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.SubgroupDimension;

/**
 * Instrument providers, good and broken, on the test class path. They are named only in services
 * files of jars that the tests create, never in src/test/resources, so no other test sees them.
 */
public final class PluginFixtures {

  private PluginFixtures() {}

  /** A well-behaved instrument whose id is given by the subclass. */
  public abstract static class Base implements Instrument {
    protected String id() {
      return "fixture-good";
    }

    @Override
    public InstrumentMetadata metadata() {
      return new InstrumentMetadata(id(), "1.0", "Fixture " + id(), null, null);
    }

    @Override
    public List<Item> items() {
      return List.of(
          Item.yesNo("uses", "Do you?"), Item.text("why", "Why?").shownIf("uses", "yes"));
    }

    @Override
    public DerivedVariables score(Answers answers, Settings settings) {
      return DerivedVariables.NONE;
    }

    @Override
    public SectionBuilder newReport(ReportContext context) {
      return new SectionBuilder() {
        @Override
        public void accept(ScoredResponse response) {}

        @Override
        public ReportSection build() {
          return ReportSection.builder(id()).build();
        }
      };
    }
  }

  public static final class Good extends Base {}

  public static final class OtherGood extends Base {
    @Override
    protected String id() {
      return "fixture-other";
    }
  }

  public static final class SameIdAsGood extends Base {}

  public static final class ThrowingConstructor extends Base {
    public ThrowingConstructor() {
      throw new IllegalStateException("constructor boom");
    }
  }

  public static final class ThrowingItems extends Base {
    @Override
    protected String id() {
      return "fixture-items";
    }

    @Override
    public List<Item> items() {
      throw new IllegalStateException("items boom");
    }
  }

  public static final class ThrowingMetadata extends Base {
    @Override
    public InstrumentMetadata metadata() {
      throw new IllegalStateException("metadata boom");
    }
  }

  public static final class InvalidId extends Base {
    @Override
    protected String id() {
      return "Not_Kebab";
    }
  }

  /** {@code why} is shown if an item that does not exist is answered. */
  public static final class ShownIfUnknownItem extends Base {
    @Override
    protected String id() {
      return "fixture-shown-if-item";
    }

    @Override
    public List<Item> items() {
      return List.of(
          Item.yesNo("uses", "Do you?"), Item.text("why", "Why?").shownIf("nope", "yes"));
    }
  }

  /** {@code why} is shown if {@code uses} is 'maybe', which is no option of it. */
  public static final class ShownIfUnknownOption extends Base {
    @Override
    protected String id() {
      return "fixture-shown-if-option";
    }

    @Override
    public List<Item> items() {
      return List.of(
          Item.yesNo("uses", "Do you?"), Item.text("why", "Why?").shownIf("uses", "maybe"));
    }
  }

  public static final class ShownIfItself extends Base {
    @Override
    protected String id() {
      return "fixture-shown-if-itself";
    }

    @Override
    public List<Item> items() {
      return List.of(Item.single("a", "A?", Option.of("x", "X")).shownIf("a", "x"));
    }
  }

  public static final class DuplicateItemCode extends Base {
    @Override
    protected String id() {
      return "fixture-duplicate-item";
    }

    @Override
    public List<Item> items() {
      return List.of(Item.yesNo("uses", "Do you?"), Item.text("uses", "Again?"));
    }
  }

  public static final class NoItems extends Base {
    @Override
    protected String id() {
      return "fixture-no-items";
    }

    @Override
    public List<Item> items() {
      return List.of();
    }
  }

  public static final class BadSettingDefault extends Base {
    @Override
    protected String id() {
      return "fixture-bad-setting";
    }

    @Override
    public List<SettingDefinition> settings() {
      return List.of(SettingDefinition.integer("threshold", "T", null, 9, 1, 6));
    }
  }

  public static final class DuplicateSetting extends Base {
    @Override
    protected String id() {
      return "fixture-duplicate-setting";
    }

    @Override
    public List<SettingDefinition> settings() {
      return List.of(
          SettingDefinition.integer("t", "T", null, 4, 1, 6),
          SettingDefinition.text("t", "T", null, "x"));
    }
  }

  public static final class SubgroupOfNoSingleItem extends Base {
    @Override
    protected String id() {
      return "fixture-bad-subgroup";
    }

    @Override
    public List<SubgroupDimension> subgroups() {
      return List.of(SubgroupDimension.of("why", "Why"));
    }
  }

  public static final class DuplicateSubgroup extends Base {
    @Override
    protected String id() {
      return "fixture-duplicate-subgroup";
    }

    @Override
    public List<SubgroupDimension> subgroups() {
      return List.of(SubgroupDimension.of("uses", "Uses"), SubgroupDimension.of("uses", "Users"));
    }
  }

  /** Named in a services file but not an Instrument. */
  public static final class NotAnInstrument {}
}
