package org.joysurvey.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.joysurvey.narrative.Narrative;
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

  @Test
  void theNarrativeAndTheFactsComeBackWithTheReport() {
    Map<String, String> chapters = new java.util.LinkedHashMap<>();
    // not in alphabetical order: the edition's order of chapters is kept
    chapters.put("mini-z", "Burnout *first*.");
    chapters.put("demographics", "Who \"answered\": <b>all</b> & more\n\n- a\n- b");
    Narrative narrative =
        new Narrative("# Intro\n\nÄrzte 😀", "Conclusion", "", "Appendix A", chapters);
    SurveyFacts facts =
        new SurveyFacts(
            LocalDate.of(2020, 3, 2), LocalDate.of(2020, 4, 30), 568L, SurveyFacts.ENTERED, 312);
    PublicReport report = new PublicReport(SampleReports.live(), Map.of(), Map.of());
    PublicationCodec.Document decoded =
        PublicationCodec.decodeDocument(
            PublicationCodec.encode(new PublicationCodec.Document(report, narrative, facts)));
    assertEquals(report, decoded.report());
    assertEquals(narrative, decoded.narrative());
    assertEquals(
        java.util.List.of("mini-z", "demographics"),
        java.util.List.copyOf(decoded.narrative().chapterIntros().keySet()));
    assertEquals(facts, decoded.facts());

    SurveyFacts unknown = new SurveyFacts(null, null, null, null, 0);
    assertEquals(
        unknown,
        PublicationCodec.decodeDocument(
                PublicationCodec.encode(
                    new PublicationCodec.Document(report, Narrative.EMPTY, unknown)))
            .facts());
  }

  @Test
  void aDocumentStoredBeforeTheNarrativeReadsBackWithoutOne() {
    PublicReport report = new PublicReport(SampleReports.live(), Map.of(), Map.of());
    String document = PublicationCodec.encode(report);
    // what PublicationService stored before V13: the report's members and nothing else
    jakarta.json.JsonObject old;
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(document))) {
      old = reader.readObject();
    }
    String before =
        jakarta.json.Json.createObjectBuilder(old)
            .remove("narrative")
            .remove("facts")
            .build()
            .toString();
    assertTrue(!before.contains("narrative") && !before.contains("facts"), before);
    PublicationCodec.Document decoded = PublicationCodec.decodeDocument(before);
    assertEquals(report, decoded.report());
    assertEquals(Narrative.EMPTY, decoded.narrative());
    assertEquals(null, decoded.facts());
    assertEquals(report, PublicationCodec.decode(before));
  }
}
