package org.joysurvey.instruments.telemedicine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Sum;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The sums the section declares (SPI 1.4), checked against its own statistics on the cohort-200
 * fixture and on a small hand-built cohort: every sum names statistics of the section, its parts
 * never count more than its total, and the EHR question's three answers add up to those who
 * answered it, who are among the users.
 */
class TelemedicineSumsTest {

  private static final List<String> EHR =
      List.of(
          "telemedicine.ehr_integrated_share.yes",
          "telemedicine.ehr_integrated_share.no",
          "telemedicine.ehr_integrated_share.unsure");

  private static void everyDeclaredSumAddsUp(SectionResult section) {
    assertFalse(section.sums().isEmpty());
    for (Sum sum : section.sums()) {
      assertTrue(section.remainder(sum) >= 0, () -> sum + " counts more in its parts");
    }
  }

  private static void declared(SectionResult section, Sum sum, long remainder) {
    assertTrue(section.sums().contains(sum), () -> "not declared: " + sum);
    assertEquals(remainder, section.remainder(sum), sum::toString);
  }

  @Test
  void everyDeclaredSumAddsUpOnTheCohort() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new Telemedicine())
            .section("telemedicine", CohortFixture.rows("telemedicine."));
    everyDeclaredSumAddsUp(section);
    declared(section, Sum.shares(EHR), 0);
    declared(
        section,
        Sum.of(
            "telemedicine.ehr_integrated_rate", List.of("telemedicine.ehr_integrated_share.yes")),
        0);
    assertTrue(section.sums().contains(Sum.of("telemedicine.uses_rate", EHR)));
    assertEquals(3, section.sums().size());
  }

  @Test
  void usersWhoSkipTheEhrQuestionAreTheRemainderOfTheUsers() {
    List<Map<String, String>> rows =
        List.of(
            InstrumentTestKit.row("telemedicine.uses", "yes", "telemedicine.ehr_integrated", "no"),
            InstrumentTestKit.row(
                "telemedicine.uses", "yes", "telemedicine.ehr_integrated", "unsure"),
            InstrumentTestKit.row("telemedicine.uses", "yes"),
            InstrumentTestKit.row("telemedicine.uses", "no"));
    SectionResult section = InstrumentTestKit.of(new Telemedicine()).section("telemedicine", rows);
    everyDeclaredSumAddsUp(section);
    declared(section, Sum.of("telemedicine.uses_rate", EHR), 1);
    declared(section, Sum.shares(EHR), 0);
  }
}
