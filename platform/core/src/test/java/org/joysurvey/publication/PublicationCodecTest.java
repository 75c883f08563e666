package org.joysurvey.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.joysurvey.report.EditionReport;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

class PublicationCodecTest {

  @Test
  void aReportComesBackAsTheSameRecordsWithUndefinedNumbersSuppressionsComparisonsAndTexts() {
    // the live report, not its public view: the codec must keep whatever it is given
    PublicReport original =
        new PublicReport(SampleReports.live(), Map.of("k", "label"), Map.of("t.item", "title"));
    PublicReport decoded = PublicationCodec.decode(PublicationCodec.encode(original));
    assertEquals(original, decoded);

    EditionReport r = decoded.report();
    Statistic nobody = r.report().sections().get(0).statisticsByKey().get("mini-z.nobody");
    assertTrue(Double.isNaN(nobody.value()), "NaN stays NaN: " + nobody);
    assertEquals(Double.POSITIVE_INFINITY, r.comparisons().get("mini-z.respondents").z());
    assertEquals(
        Long.MIN_VALUE,
        Double.doubleToRawLongBits(r.comparisons().get("mini-z.respondents").differencePoints()),
        "-0.0 stays negative zero");
    assertEquals(null, r.comparisons().get("mini-z.nobody").numerator());
    assertEquals(
        "only 2 respondents wrote a text, fewer than 10",
        r.report().sections().get(0).suppression("mini-z.hurts").orElseThrow().reason());
    assertEquals(
        "A \"kind\" word", r.report().sections().get(0).section().texts().get(0).texts().get(1));
    assertTrue(r.report().sections().get(1).isFailed());
    assertEquals("division by zero", r.report().sections().get(1).error());
    assertEquals(java.util.List.of("telemedicine"), r.missingInstruments());
  }

  @Test
  void theEqualityAboveIsAbleToNoticeALostFigure() {
    // guards the round trip test: records compare their components, so a changed one shows
    EditionReport live = SampleReports.live();
    PublicReport withoutComparisons =
        new PublicReport(
            new EditionReport(live.edition(), live.missingInstruments(), live.report()),
            Map.of(),
            Map.of());
    assertNotEquals(
        new PublicReport(live, Map.of(), Map.of()),
        PublicationCodec.decode(PublicationCodec.encode(withoutComparisons)));
  }

  @Test
  void theDocumentIsJsonWithoutBareNonFiniteNumbers() {
    String document =
        PublicationCodec.encode(new PublicReport(SampleReports.live(), Map.of(), Map.of()));
    assertTrue(document.contains("\"value\":\"NaN\""), document);
    assertTrue(document.startsWith("{\"format\":1,"), document);
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(document))) {
      reader.readObject();
    }
  }

  @Test
  void aDocumentOfAnUnknownFormatIsRefused() {
    String document =
        PublicationCodec.encode(new PublicReport(SampleReports.live(), Map.of(), Map.of()))
            .replace("{\"format\":1,", "{\"format\":99,");
    assertThrows(IllegalArgumentException.class, () -> PublicationCodec.decode(document));
  }
}
