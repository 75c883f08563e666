package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.instruments.covid19.Covid19Impact;
import org.joysurvey.instruments.demographics.Demographics;
import org.joysurvey.instruments.engagement.EngagementDrivers;
import org.joysurvey.instruments.mbi2.Mbi2;
import org.joysurvey.instruments.miniz.MiniZ;
import org.joysurvey.instruments.wellness.WellnessServices;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.SubgroupDimension;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.DemographicsStandIn;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.Mbi2StandIn;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The test kit's stand-ins against the plugins they stand in for (the WAR is the one module that
 * has both): the same id, items (codes, types, options and their labels, conditions), subgroup
 * dimensions and derived variables, and the same figures in the sections of the plugins that read
 * them.
 */
class StandInsTest {

  /** An item without its wording, which a stand-in need not copy. */
  private record Shape(
      String code, String type, List<?> options, boolean required, Object shownIf) {
    static List<Shape> of(Instrument instrument) {
      return instrument.items().stream()
          .map(i -> new Shape(i.code(), i.type().code(), i.options(), i.required(), i.shownIf()))
          .toList();
    }
  }

  /** A setting without its wording. */
  private record Definition(
      String key, SettingDefinition.Type type, String defaultValue, Integer min, Integer max) {
    static List<Definition> of(Instrument instrument) {
      return instrument.settings().stream()
          .map(s -> new Definition(s.key(), s.type(), s.defaultValue(), s.min(), s.max()))
          .toList();
    }
  }

  private static void sameItemsAndSubgroups(Instrument real, Instrument standIn) {
    assertEquals(real.metadata().id(), standIn.metadata().id());
    assertEquals(Shape.of(real), Shape.of(standIn));
    assertEquals(real.subgroups(), standIn.subgroups());
  }

  /**
   * Every cohort row scored by the real plugin and by the stand-in, alone in an edition with these
   * settings.
   */
  private static void sameScoring(Instrument real, Instrument standIn, Map<String, String> settings)
      throws IOException {
    InstrumentTestKit withReal = InstrumentTestKit.of(real).withSettings(settings);
    InstrumentTestKit withStandIn = InstrumentTestKit.of(standIn).withSettings(settings);
    List<Map<String, String>> rows = CohortFixture.rows(real.metadata().id() + ".");
    rows.add(Map.of());
    for (Map<String, String> row : rows) {
      assertEquals(withReal.score(row).values(), withStandIn.score(row).values(), row::toString);
    }
  }

  @Test
  void theDemographicsStandInIsTheRealPluginAsOtherSectionsSeeIt() throws IOException {
    sameItemsAndSubgroups(new Demographics(), new DemographicsStandIn());
    assertEquals(
        List.of("Age band", "Gender", "Practice mode"),
        new DemographicsStandIn().subgroups().stream().map(SubgroupDimension::title).toList());
    sameScoring(new Demographics(), new DemographicsStandIn(), Map.of());
  }

  @Test
  void theMiniZStandInIsTheRealPluginAsOtherSectionsSeeIt() throws IOException {
    sameItemsAndSubgroups(new MiniZ(), new MiniZStandIn());
    sameScoring(new MiniZ(), new MiniZStandIn(), Map.of());
  }

  @Test
  void theMbi2StandInIsTheRealPluginAsOtherSectionsSeeIt() throws IOException {
    sameItemsAndSubgroups(new Mbi2(), new Mbi2StandIn());
    assertEquals(Definition.of(new Mbi2()), Definition.of(new Mbi2StandIn()));
    sameScoring(new Mbi2(), new Mbi2StandIn(), Map.of());
    sameScoring(new Mbi2(), new Mbi2StandIn(), Map.of("mbi-2.threshold", "5"));
  }

  private static SectionResult cohortSection(String id, Instrument... instruments)
      throws IOException {
    List<String> prefixes =
        java.util.Arrays.stream(instruments).map(i -> i.metadata().id() + ".").toList();
    return InstrumentTestKit.of(instruments)
        .section(id, CohortFixture.rows(prefixes.toArray(String[]::new)));
  }

  @Test
  void sectionsThatReadAStandInGiveTheFiguresTheyGiveWithTheRealPlugin() throws IOException {
    // a section is a record: every statistic, table, chart, note and withheld key is compared
    assertEquals(
        cohortSection("mini-z", new Demographics(), new MiniZ()),
        cohortSection("mini-z", new DemographicsStandIn(), new MiniZ()));
    assertEquals(
        cohortSection("engagement-drivers", new Demographics(), new EngagementDrivers()),
        cohortSection("engagement-drivers", new DemographicsStandIn(), new EngagementDrivers()));
    assertEquals(
        cohortSection("mbi-2", new MiniZ(), new Mbi2()),
        cohortSection("mbi-2", new MiniZStandIn(), new Mbi2()));
    assertEquals(
        cohortSection("covid19-impact", new MiniZ(), new Mbi2(), new Covid19Impact()),
        cohortSection(
            "covid19-impact", new MiniZStandIn(), new Mbi2StandIn(), new Covid19Impact()));
    assertEquals(
        cohortSection("wellness-services", new MiniZ(), new WellnessServices()),
        cohortSection("wellness-services", new MiniZStandIn(), new WellnessServices()));
  }
}
