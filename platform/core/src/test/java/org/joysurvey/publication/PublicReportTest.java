package org.joysurvey.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

class PublicReportTest {

  private final EditionReport live = SampleReports.live();
  private final PublicReport published = PublicReport.of(live);
  private final SectionReport section = published.report().report().sections().get(0);

  @Test
  void aWithheldStatisticIsGoneWithItsValueAndDenominatorButListedWithItsReason() {
    List<String> keys = section.section().statistics().stream().map(Statistic::key).toList();
    assertEquals(
        List.of("mini-z.burnout_rate", "mini-z.nobody", "mini-z.respondents", "mini-z.chi_square"),
        keys);
    assertEquals(
        SampleReports.WITHHELD_REASON,
        section.suppression("mini-z.level_share.5").orElseThrow().reason());
    assertEquals("Level 5", published.withheldStatistics().get("mini-z.level_share.5"));
    // the statistics that stay are the live ones, exactly
    assertEquals(
        live.report().sections().get(0).statisticsByKey().get("mini-z.burnout_rate"),
        section.statisticsByKey().get("mini-z.burnout_rate"));
  }

  @Test
  void aWithheldTextListIsGoneAndAKeptOneStays() {
    List<String> items = section.section().texts().stream().map(ReportTextList::item).toList();
    assertEquals(List.of("mini-z.helps"), items);
    assertEquals("What hurts", published.withheldTexts().get("mini-z.hurts"));
    assertTrue(section.suppression("mini-z.hurts").isPresent());
  }

  @Test
  void comparisonsOfWithheldStatisticsOrWithAWithheldEarlierFigureAreGone() {
    Map<String, ?> comparisons = published.report().comparisons();
    assertEquals(
        List.of("mini-z.burnout_rate", "mini-z.nobody"),
        comparisons.keySet().stream().sorted().toList());
    assertFalse(comparisons.containsKey("mini-z.level_share.5"), "its statistic is withheld");
    assertFalse(comparisons.containsKey("mini-z.respondents"), "its earlier figure is withheld");
  }

  @Test
  void aKeyThatTheRuleAddsLaterIsWithheldToo() {
    // complementary suppression adds keys to the same list: whatever is there is left out
    SectionReport s = live.report().sections().get(0);
    List<Suppression> more = new java.util.ArrayList<>(s.suppressed());
    more.add(new Suppression("mini-z.burnout_rate", "withheld to protect another cell"));
    SectionReport widened =
        new SectionReport(s.instrument(), s.instrumentVersion(), s.section(), more, null);
    EditionReport report =
        new EditionReport(
            live.edition(),
            live.missingInstruments(),
            new org.joysurvey.report.Report(
                60, 5, List.of(widened, live.report().sections().get(1))),
            live.comparisons());
    PublicReport view = PublicReport.of(report);
    assertFalse(
        view.report()
            .report()
            .sections()
            .get(0)
            .statisticsByKey()
            .containsKey("mini-z.burnout_rate"));
    assertFalse(view.report().comparisons().containsKey("mini-z.burnout_rate"));
  }

  @Test
  void tablesChartsNotesFailedSectionsAndTheEditionStayAsTheyWere() {
    SectionReport liveSection = live.report().sections().get(0);
    assertEquals(liveSection.section().tables(), section.section().tables());
    assertEquals(liveSection.section().charts(), section.section().charts());
    assertEquals(liveSection.section().notes(), section.section().notes());
    assertEquals(live.report().sections().get(1), published.report().report().sections().get(1));
    assertEquals(live.edition(), published.report().edition());
    assertEquals(60, published.report().report().responses());
  }
}
