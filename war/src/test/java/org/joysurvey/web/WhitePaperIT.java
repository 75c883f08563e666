package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The white paper through the server: the draft of the live report for admins and analysts only,
 * marked on every page; a publication's PDF and print page for anyone, with the published figures;
 * 404 until there is one; the report page's links.
 *
 * <p>The editions are of 2991, later than any other test's, so that they are no other edition's
 * previous edition.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WhitePaperIT extends BrowserTestSupport {

  /** A closed edition of Mini-Z: 60 respondents at levels 21, 21, 10, 5 and 3. */
  private long closedEdition() {
    long id =
        api.createEdition(
            "{\"year\":2991,\"title\":\"White paper "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"demographics\",\"mini-z\"],\"status\":\"open\"}");
    StringBuilder json = new StringBuilder("[");
    int[] counts = {21, 21, 10, 5, 3};
    int n = 0;
    for (int level = 1; level <= 5; level++) {
      for (int i = 0; i < counts[level - 1]; i++) {
        json.append(n++ == 0 ? "" : ",").append("{\"mini-z.burnout\":").append(level).append('}');
      }
    }
    ApiClient.Reply added =
        api.post("api/admin/editions/" + id + "/responses", "application/json", json + "]");
    assertEquals(200, added.status(), added.body());
    ApiClient.Reply closed =
        api.post(
            "api/admin/editions/" + id + "/status", "application/json", "{\"status\":\"closed\"}");
    assertEquals(200, closed.status(), closed.body());
    return id;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theDraftIsForAdminsAndAnalystsAndSaysSoOnEveryPage() throws IOException {
    long id = closedEdition();
    String path = "api/admin/editions/" + id + "/report.pdf";
    assertEquals(401, api.bytes(path, null, null).status());
    api.createUser("paper-designer-" + id, "a good long passphrase", "designer");
    assertEquals(403, api.bytes(path, "paper-designer-" + id, "a good long passphrase").status());

    ApiClient.Bytes draft = api.bytes(path, "admin", ApiClient.ADMIN_PASSWORD);
    assertEquals(200, draft.status());
    assertEquals("application/pdf", draft.type());
    try (PDDocument doc = Loader.loadPDF(draft.body())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(doc);
        assertTrue(text.contains("Draft, not published"), "page " + page + ": " + text);
        assertTrue(text.contains("Page " + page + " of " + doc.getNumberOfPages()), text);
      }
    }
    assertEquals(404, api.bytes("api/public/editions/" + id + "/report.pdf", null, null).status());
  }

  @Test
  void aPublicationsPdfAndPrintPageHoldItsFiguresForAnyone() throws IOException {
    long id = closedEdition();
    ApiClient.Reply published =
        api.send(
            "POST",
            "api/admin/editions/" + id + "/publications",
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "application/json",
            "{\"note\":\"First\"}");
    assertEquals(201, published.status(), published.body());

    ApiClient.Bytes pdf = api.bytes("api/public/editions/" + id + "/report.pdf", null, null);
    assertEquals(200, pdf.status());
    String text = text(pdf.body()).replaceAll("\\s+", " ");
    assertFalse(text.contains("Draft, not published"));
    assertTrue(text.contains("Version 1, published"), text);

    // every figure of the publication's JSON that is a share, as the page prints it
    JsonObject report = api.get("api/public/editions/" + id + "/report", false).json();
    JsonObject miniZ =
        report.getJsonArray("sections").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("instrument").equals("mini-z"))
            .findFirst()
            .orElseThrow();
    int checked = 0;
    JsonObject statistics = miniZ.getJsonObject("statistics");
    for (String key : statistics.keySet()) {
      // Mini-Z's shares: the burnout rate and each level's share
      if ((key.endsWith("burnout_rate") || key.contains("level_share."))
          && statistics.get(key) instanceof jakarta.json.JsonNumber share) {
        String shown = String.format(java.util.Locale.ROOT, "%.1f%%", share.doubleValue() * 100);
        assertTrue(text.contains(shown), key + " " + shown + " in " + text);
        checked++;
      }
    }
    assertTrue(checked > 3, "checked " + checked);
    assertTrue(text.contains("suppressed"), "level 5's 3 respondents are withheld");

    ApiClient.Reply html = api.get("api/public/editions/" + id + "/report.html", false);
    assertEquals(200, html.status());
    assertTrue(html.body().contains("<svg"), "charts as SVG");
    assertFalse(html.body().contains("<script"), "no script in the print page");
    assertEquals(
        404, api.bytes("api/public/editions/" + id + "/report.pdf?version=9", null, null).status());
  }

  @Test
  void theReportPageOffersThePdfAndThePrintVersion() throws IOException {
    long id = closedEdition();
    api.send(
        "POST",
        "api/admin/editions/" + id + "/publications",
        "admin",
        ApiClient.ADMIN_PASSWORD,
        "application/json",
        "{}");
    open("report.xhtml?edition=" + id);
    String href = browser.findElement(By.id("download-pdf")).getAttribute("href");
    assertTrue(href.endsWith("report.pdf?edition=" + id + "&version=1"), href);
    ApiClient.Bytes pdf = api.bytes(href.substring(base.toString().length()), null, null);
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.type());
    assertTrue(text(pdf.body()).contains("Version 1"));
    String print = browser.findElement(By.id("print-version")).getAttribute("href");
    open(print.substring(base.toString().length()));
    assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("White paper"));
  }
}
