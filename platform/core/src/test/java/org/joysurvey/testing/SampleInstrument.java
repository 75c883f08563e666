package org.joysurvey.testing;

import java.math.BigDecimal;
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
import org.joysurvey.spi.Settings;

/**
 * A small test instrument with every item type, for the response, interchange and report tests.
 *
 * <pre>
 * sample.colour      single   red, green, blue
 * sample.agree       yes-no
 * sample.pets        multi    cat, dog, fish, none (exclusive)
 * sample.top2        ranked   up to 2 of a, b, c, other
 * sample.top2_other  text     shown if top2 has 'other'
 * sample.mood        likert   1..5
 * sample.comment     text     (at most 2000 characters)
 * sample.age         number   18..100
 * sample.why_agree   text     shown if agree = yes
 * </pre>
 */
public final class SampleInstrument implements Instrument {

  public static final String ID = "sample";

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata(ID, "1.0", "Sample", "Every item type", "none");
  }

  @Override
  public List<Item> items() {
    return List.of(
        Item.single(
            "colour",
            "Favourite colour?",
            Option.of("red", "Red"),
            Option.of("green", "Green"),
            Option.of("blue", "Blue")),
        Item.yesNo("agree", "Do you agree?"),
        Item.multi(
            "pets",
            "Which pets?",
            Option.of("cat", "Cat"),
            Option.of("dog", "Dog"),
            Option.of("fish", "Fish"),
            Option.exclusive("none", "None")),
        Item.ranked(
            "top2",
            "Rank up to two",
            2,
            Option.of("a", "A"),
            Option.of("b", "B"),
            Option.of("c", "C"),
            Option.of("other", "Other")),
        Item.text("top2_other", "Which other?").shownIf("top2", "other"),
        Item.likert("mood", "Mood", 1, "1", "2", "3", "4", "5"),
        Item.text("comment", "Anything else?"),
        Item.number("age", "Age", new BigDecimal("18"), new BigDecimal("100")),
        Item.text("why_agree", "Why?").shownIf("agree", "yes"));
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
        return ReportSection.builder("Sample").build();
      }
    };
  }

  /** The item with this short code. */
  public static Item item(String code) {
    return new SampleInstrument()
        .items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }
}
