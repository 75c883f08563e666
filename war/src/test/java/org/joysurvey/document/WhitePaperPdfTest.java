package org.joysurvey.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.joysurvey.report.EditionReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The white paper of the 200-response fixture read back with PDFBox: the figures the page shows and
 * no withheld one, consecutive figure numbers, embedded fonts, a structure tree whose figures all
 * have alternate text, and a narrative that cannot inject markup.
 */
class WhitePaperPdfTest {

  private static EditionReport live;
  private static byte[] pdf;
  private static String text;

  @BeforeAll
  static void render() throws IOException {
    live = WhitePaperFixture.live();
    DocumentSource source = WhitePaperFixture.source(live, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.render(WhitePaperLayout.xhtml(source), null, out);
    pdf = out.toByteArray();
    Path target = Path.of("target", "white-paper-test.pdf");
    Files.createDirectories(target.getParent());
    Files.write(target, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void everyPublishedStatisticReadsAsOnThePageAndWithheldOnesSaySuppressed() {
    List<String> missing = new ArrayList<>();
    int withheld = 0;
    for (PresentedSection s :
        PresentedReport.sections(live, org.joysurvey.publication.PublicReport.of(live))) {
      for (PresentedSection.Line line : s.statistics()) {
        if (line.suppressedBecause() != null) {
          withheld++;
          assertEquals(StatisticFormat.SUPPRESSED, line.value());
        } else if (!text.contains(line.value())) {
          missing.add(line.key() + " = " + line.value());
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(withheld > 0, "the fixture withholds some figures at k = 5");
    assertTrue(text.contains("suppressed"));
  }

  @Test
  void noWithheldFigureIsInTheDocument() {
    // the withheld statistics' values of the live report must not be anywhere near their labels
    for (var s : live.report().sections()) {
      for (var sup : s.suppressed()) {
        var st = s.statisticsByKey().get(sup.key());
        if (st == null || st.numerator() == null) {
          continue;
        }
        String line = st.label() + " " + st.numerator() + " ";
        assertFalse(text.contains(line), sup.key() + " appears as '" + line + "'");
      }
    }
  }

  @Test
  void figuresAreNumberedConsecutivelyFromOne() {
    Matcher m = Pattern.compile("Figure (\\d+)\\. ").matcher(text);
    List<Integer> numbers = new ArrayList<>();
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    assertFalse(numbers.isEmpty());
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(i + 1, numbers.get(i), "figure numbers " + numbers);
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts++;
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
      }
      assertTrue(fonts > 0);
    }
  }

  @Test
  void theDocumentIsTaggedWithLanguageTitleAndAlternateTextOnEveryFigure() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertEquals("en", catalog.getLanguage());
      assertNotNull(catalog.getMarkInfo());
      assertTrue(catalog.getMarkInfo().isMarked());
      assertTrue(doc.getDocumentInformation().getTitle().startsWith("Joy of Medicine 2020"));
      PDStructureTreeRoot root = catalog.getStructureTreeRoot();
      assertNotNull(root, "a structure tree");
      List<PDStructureElement> figures = new ArrayList<>();
      List<String> types = new ArrayList<>();
      collect(root, figures, types);
      assertTrue(types.contains("H1") && types.contains("H2"), "headings are tagged: " + types);
      assertTrue(types.contains("Table"), "tables are tagged");
      assertFalse(figures.isEmpty(), "the charts are tagged as figures");
      for (PDStructureElement f : figures) {
        assertNotNull(f.getAlternateDescription(), "a figure without alternate text");
        assertTrue(f.getAlternateDescription().startsWith("Figure "), f.getAlternateDescription());
      }
    }
  }

  private static void collect(
      PDStructureNode node, List<PDStructureElement> figures, List<String> types) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        types.add(e.getStructureType());
        if ("Figure".equals(e.getStructureType())) {
          figures.add(e);
        }
        collect(e, figures, types);
      }
    }
  }

  private static String around(String what) {
    int at = Math.max(0, text.indexOf(what));
    return text.substring(Math.max(0, at - 100), Math.min(text.length(), at + 300));
  }

  @Test
  void theNarrativeCannotInjectMarkupOrScriptLinks() throws IOException {
    // *common* is set in italics, which PDFBox reads out of order ("is .common")
    assertTrue(text.contains("Physician burnout is"), around("Physician"));
    assertTrue(around("Physician").contains("common"), around("Physician"));
    // raw HTML is shown as the text it is, and a javascript: link keeps only its text
    assertTrue(text.contains("<script>alert('x')</script>"), around("report"));
    assertTrue(text.contains("<b>raw HTML</b>"), around("raw HTML"));
    assertTrue(text.contains("a dangerous link."), around("dangerous"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            assertFalse(
                uri.getURI().toLowerCase(java.util.Locale.ROOT).startsWith("javascript"),
                uri.getURI());
          }
        }
      }
    }
  }

  @Test
  void theMethodsGiveTheResponseRateAndTheMarginOfError() {
    assertTrue(text.contains("Of 5,420 physicians invited, 200 answered"), text);
    assertTrue(text.contains("(a response rate of 3.7%)"));
  }
}
