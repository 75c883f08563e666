package org.joysurvey.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joysurvey.edition.EditionView;
import org.joysurvey.narrative.Markdown;
import org.joysurvey.publication.SurveyFacts;
import org.joysurvey.report.EditionReport;
import org.joysurvey.society.SocietyProfile;

/**
 * The layout of the white paper: one XHTML document with a print stylesheet, in the order of the
 * society's published reports (title page, contents, introduction, methods, key findings, a chapter
 * per instrument with numbered figures and tables, conclusion, recommendations, appendices). {@link
 * PdfRenderer} lays it out on pages; served as it is, it is the print page. Everything from
 * plugins, respondents and the society is escaped; the narrative is Markdown rendered without raw
 * HTML.
 */
public final class WhitePaperLayout {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Where the contents go, between the title page and the first chapter. */
  private static final String CONTENTS = "<!--contents-->\n";

  private final DocumentSource source;
  private final EditionReport report;
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final List<String[]> contents = new ArrayList<>();
  private int chapter;
  private int figure;
  private int table;

  private WhitePaperLayout(DocumentSource source) {
    this.source = source;
    this.report = source.report().report();
  }

  /** The document as XHTML (UTF-8 text). */
  public static String xhtml(DocumentSource source) {
    return new WhitePaperLayout(source).write();
  }

  private String write() {
    EditionView edition = report.edition();
    SocietyProfile society = source.society();
    String title = edition.title() + " " + edition.year();
    // the chapters first: the contents and bookmarks are known only once they are written
    titlePage(society, edition);
    narrative("introduction", "Introduction", source.narrative().introduction());
    methods();
    keyFindings();
    for (PresentedSection s : PresentedReport.sections(report, source.report())) {
      instrumentChapter(s);
    }
    narrative("conclusion", "Conclusion", source.narrative().conclusion());
    narrative("recommendations", "Recommendations", source.narrative().recommendations());
    narrative("appendices", "Appendices", source.narrative().appendices());

    StringBuilder doc = new StringBuilder(out.length() + 16 * 1024);
    doc.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n<title>")
        .append(Xhtml.text(title + (source.groupLabel() == null ? "" : ", " + source.groupLabel())))
        .append("</title>\n")
        .append(meta("author", society.name()))
        .append(meta("subject", "Report of the " + title + " survey"))
        .append(
            meta(
                "description",
                (source.isDraft() ? "Draft, not published. " : "")
                    + report.report().responses()
                    + " responses; figures resting on fewer than "
                    + report.report().suppressionThreshold()
                    + " respondents are withheld."))
        .append("<bookmarks>\n");
    for (String[] entry : contents) {
      doc.append("<bookmark name=\"")
          .append(Xhtml.attribute(entry[1]))
          .append("\" href=\"#")
          .append(entry[0])
          .append("\"/>\n");
    }
    doc.append("</bookmarks>\n<style>\n").append(stylesheet(society)).append("</style>\n</head>\n");
    doc.append("<body>\n");
    if (source.isDraft()) {
      doc.append(
          "<p class=\"draft-banner\">Draft, not published: the live report, as publishing it now"
              + " would publish it.</p>\n");
    }
    int split = out.indexOf(CONTENTS);
    doc.append(out, 0, split);
    doc.append("<nav class=\"contents\" id=\"contents\">\n<h2>Contents</h2>\n<ul>\n");
    for (String[] entry : contents) {
      doc.append("<li><a href=\"#")
          .append(entry[0])
          .append("\">")
          .append(Xhtml.text(entry[1]))
          .append("</a></li>\n");
    }
    doc.append("</ul>\n</nav>\n");
    doc.append(out, split + CONTENTS.length(), out.length());
    doc.append("</body>\n</html>\n");
    return doc.toString();
  }

  private void titlePage(SocietyProfile society, EditionView edition) {
    StringBuilder page = new StringBuilder();
    page.append("<section class=\"title-page\">\n<div class=\"band\">\n");
    if (society.logoUrl() != null && !society.logoUrl().isBlank()) {
      page.append("<img class=\"logo\" src=\"")
          .append(Xhtml.attribute(society.logoUrl()))
          .append("\" alt=\"")
          .append(Xhtml.attribute(society.name() + " logo"))
          .append("\"/>\n");
    }
    page.append("<p class=\"society\">").append(Xhtml.text(society.name())).append("</p>\n");
    page.append("</div>\n<h1>").append(Xhtml.text(edition.title())).append("</h1>\n");
    page.append("<p class=\"year\">").append(edition.year()).append("</p>\n");
    if (source.groupLabel() != null) {
      page.append("<p class=\"group\">Report of one group: ")
          .append(Xhtml.text(source.groupLabel()))
          .append("</p>\n");
    }
    if (source.isDraft()) {
      page.append("<p class=\"version draft\">Draft, not published (made ")
          .append(DAY.format(LocalDate.now()))
          .append(")</p>\n");
    } else {
      page.append("<p class=\"version\">Version ")
          .append(source.publication().version())
          .append(", published ")
          .append(DAY.format(source.publication().publishedOn()))
          .append("</p>\n");
    }
    page.append("<p class=\"responses\">")
        .append(String.format(Locale.ROOT, "%,d", report.report().responses()))
        .append(" responses</p>\n</section>\n")
        .append(CONTENTS);
    out.append(page);
  }

  private void narrative(String id, String heading, String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return;
    }
    openChapter(id, heading);
    out.append("<div class=\"narrative\">\n").append(markdown(markdown)).append("</div>\n");
    out.append("</section>\n");
  }

  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("<(/?)h([1-6])>");

  /**
   * A narrative block as XHTML, its headings two levels down: inside a chapter (h2) a designer's "#
   * Heading" is an h3, so the document's outline stays in order for screen readers.
   */
  private static String markdown(String text) {
    return HEADING
        .matcher(Markdown.toXhtml(text))
        .replaceAll(
            m -> "<" + m.group(1) + "h" + Math.min(6, Integer.parseInt(m.group(2)) + 2) + ">");
  }

  private void openChapter(String id, String heading) {
    chapter++;
    String numbered = chapter + " " + heading;
    contents.add(new String[] {id, numbered});
    out.append("<section class=\"chapter\" id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(Xhtml.text(numbered))
        .append("</h2>\n");
  }

  private void methods() {
    openChapter("methods", "Methods");
    SurveyFacts facts = source.facts();
    long reported = report.report().responses();
    // a group's report rests on its own respondents; the survey's figures are the edition's
    long responses = facts == null ? reported : Math.max(facts.responses(), reported);
    boolean group = source.groupLabel() != null;
    Long invited = facts == null ? null : facts.invited();
    boolean rate = invited != null && invited >= responses && invited > 0;
    StringBuilder p = new StringBuilder("<p>");
    if (facts != null && facts.firstResponse() != null && facts.lastResponse() != null) {
      p.append("Responses arrived from ")
          .append(DAY.format(facts.firstResponse()))
          .append(" to ")
          .append(DAY.format(facts.lastResponse()))
          .append(". ");
    }
    if (rate) {
      p.append(
              String.format(
                  Locale.ROOT, "Of %,d physicians invited, %,d answered", invited, responses))
          .append(
              String.format(
                  Locale.ROOT, " (a response rate of %.1f%%). ", 100.0 * responses / invited));
    } else {
      p.append(String.format(Locale.ROOT, "%,d physicians answered. ", responses));
    }
    if (group) {
      p.append(
          String.format(
              Locale.ROOT,
              "This report covers the %,d respondents of one group, %s. ",
              reported,
              source.groupLabel()));
    }
    // a group's population is not known: its margin has no finite-population correction
    Long population = group ? null : invited;
    double margin = MarginOfError.points(reported, population);
    if (!Double.isNaN(margin)) {
      p.append(
              String.format(
                  Locale.ROOT,
                  "A proportion estimated from %,d responses has a margin of error of ±%.1f"
                      + " percentage points at 95%% confidence",
                  reported,
                  margin))
          .append(
              MarginOfError.hasCorrection(reported, population)
                  ? " (with the finite-population correction for the number invited)."
                  : group
                      ? " (without the finite-population correction: the group's size among those"
                          + " invited is not known)."
                      : " (the number invited is not known, so without the finite-population"
                          + " correction).");
    }
    p.append("</p>\n");
    out.append(p);
    out.append("<table class=\"facts\">\n<caption>")
        .append(nextTable("The survey in figures"))
        .append("</caption>\n<tbody>\n");
    if (facts != null && facts.firstResponse() != null) {
      row("First response", DAY.format(facts.firstResponse()));
      row("Last response", DAY.format(facts.lastResponse()));
    }
    row(
        "Invited",
        invited == null
            ? "not known"
            : String.format(Locale.ROOT, "%,d", invited)
                + (SurveyFacts.ENTERED.equals(facts.invitedSource())
                    ? " (as entered by the survey's designers)"
                    : " (invitations sent)"));
    row("Responses", String.format(Locale.ROOT, "%,d", responses));
    if (rate) {
      row("Response rate", String.format(Locale.ROOT, "%.1f%%", 100.0 * responses / invited));
    }
    if (group) {
      row("Respondents in this report", String.format(Locale.ROOT, "%,d", reported));
    }
    if (!Double.isNaN(margin)) {
      row("Margin of error (95%)", String.format(Locale.ROOT, "±%.1f points", margin));
    }
    row(
        "Suppression threshold",
        "figures resting on fewer than " + report.report().suppressionThreshold() + " respondents");
    out.append("</tbody>\n</table>\n");
    out.append(
        "<h3>How figures are protected</h3>\n<p>Responses are anonymous: no response can be"
            + " linked to an invitation. Every figure resting on fewer than "
            + report.report().suppressionThreshold()
            + " respondents is withheld and reads \u201csuppressed\u201d, and so is any figure"
            + " from which a withheld one could be worked out by adding or subtracting published"
            + " figures. Free-text answers are listed only when enough respondents wrote one."
            + " Changes against earlier years are withheld whenever either year's figure is.</p>\n");
    out.append("</section>\n");
  }

  private void row(String label, String value) {
    out.append("<tr><th scope=\"row\">")
        .append(Xhtml.text(label))
        .append("</th><td>")
        .append(Xhtml.text(value))
        .append("</td></tr>\n");
  }

  private void keyFindings() {
    List<KeyFindings.Finding> findings = KeyFindings.of(report, source.keyFindings());
    if (findings.isEmpty()) {
      return;
    }
    openChapter("key-findings", "Key findings");
    out.append("<ul class=\"findings\">\n");
    for (KeyFindings.Finding f : findings) {
      out.append("<li>").append(Xhtml.text(sentence(f.sentence()))).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private static String sentence(String text) {
    String s = text.strip();
    return s.isEmpty() || s.endsWith(".") ? s : s + ".";
  }

  private void instrumentChapter(PresentedSection s) {
    openChapter("chapter-" + s.instrument(), s.title());
    String intro = source.narrative().chapterIntros().get(s.instrument());
    if (intro != null && !intro.isBlank()) {
      out.append("<div class=\"narrative\">\n").append(markdown(intro)).append("</div>\n");
    }
    if (s.error() != null) {
      out.append("<p class=\"error\">This section could not be computed: ")
          .append(Xhtml.text(s.error()))
          .append("</p>\n</section>\n");
      return;
    }
    for (ChartData c : s.charts()) {
      String caption = nextFigure(c.title() + (c.years() == null ? "" : " (" + c.years() + ")"));
      out.append("<div class=\"figure\">\n")
          .append(ChartSvg.draw(c, caption + ". " + c.description()))
          .append("\n<p class=\"caption\">")
          .append(Xhtml.text(caption))
          .append("</p>\n</div>\n");
    }
    for (PresentedSection.Table t : s.tables()) {
      out.append("<table>\n<caption>")
          .append(nextTable(t.title()))
          .append("</caption>\n<thead><tr>");
      for (String col : t.columns()) {
        out.append("<th scope=\"col\">").append(Xhtml.text(col)).append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (List<String> r : t.rows()) {
        out.append("<tr>");
        for (int i = 0; i < r.size(); i++) {
          String cell = r.get(i);
          String cls = StatisticFormat.SUPPRESSED.equals(cell) ? " class=\"suppressed\"" : "";
          if (i == 0) {
            out.append("<th scope=\"row\"").append(cls).append('>');
          } else {
            out.append("<td").append(cls).append('>');
          }
          out.append(Xhtml.text(cell)).append(i == 0 ? "</th>" : "</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    keyFigures(s);
    for (PresentedSection.Texts list : s.texts()) {
      out.append("<h3>").append(Xhtml.text(list.title())).append("</h3>\n");
      if (list.suppressedBecause() != null) {
        out.append("<p class=\"suppressed\">Not shown: ")
            .append(Xhtml.text(list.suppressedBecause()))
            .append(".</p>\n");
        continue;
      }
      out.append("<p class=\"note\">")
          .append(list.answered())
          .append(" respondents wrote a text")
          .append(
              list.answered() > list.texts().size()
                  ? "; the first " + list.texts().size() + " are listed"
                  : "")
          .append(".</p>\n<ul class=\"texts\">\n");
      for (String t : list.texts()) {
        out.append("<li>").append(Xhtml.text(t)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    for (String n : s.notes()) {
      out.append("<p class=\"note\">").append(Xhtml.text(n)).append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void keyFigures(PresentedSection s) {
    if (s.statistics().isEmpty()) {
      return;
    }
    out.append("<table class=\"key-figures\">\n<caption>")
        .append(nextTable("Key figures: " + s.title()))
        .append("</caption>\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Value</th>")
        .append("<th scope=\"col\">Of</th>");
    if (s.compared()) {
      out.append("<th scope=\"col\">Earlier</th><th scope=\"col\">Change</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (PresentedSection.Line line : s.statistics()) {
      boolean withheld = line.suppressedBecause() != null;
      out.append("<tr><th scope=\"row\">")
          .append(Xhtml.text(line.label()))
          .append("</th><td")
          .append(withheld ? " class=\"suppressed\"" : "")
          .append('>')
          .append(Xhtml.text(line.value()))
          .append(withheld ? " (" + Xhtml.text(line.suppressedBecause()) + ")" : "")
          .append("</td><td>")
          .append(line.denominator() == null ? "" : line.denominator())
          .append("</td>");
      if (s.compared()) {
        out.append("<td>")
            .append(Xhtml.text(line.previous()))
            .append("</td><td>")
            .append(Xhtml.text(line.change()))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private String nextFigure(String title) {
    figure++;
    return "Figure " + figure + ". " + title;
  }

  private String nextTable(String title) {
    table++;
    return "Table " + table + ". " + Xhtml.text(title);
  }

  private static String meta(String name, String content) {
    return "<meta name=\"" + name + "\" content=\"" + Xhtml.attribute(content) + "\"/>\n";
  }

  private String stylesheet(SocietyProfile society) {
    String colour =
        society.primaryColour() == null || !society.primaryColour().matches("#[0-9a-fA-F]{6}")
            ? SocietyProfile.DEFAULT_COLOUR
            : society.primaryColour();
    String running =
        source.isDraft()
            ? "\"Draft, not published\""
            : "\"" + css(report.edition().title() + " " + report.edition().year()) + "\"";
    return """
        @page {
          size: A4;
          margin: 22mm 20mm 22mm 20mm;
          @top-center { content: %s; font-family: 'DejaVu Sans'; font-size: 8pt; color: %s; }
          @bottom-center { content: "Page " counter(page) " of " counter(pages);
            font-family: 'DejaVu Sans'; font-size: 8pt; color: #444444; }
        }
        @page :first { @top-center { content: none; } }
        html, body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.4;
          color: #1d2733; }
        body { margin: 0; }
        h1, h2, h3 { color: COLOUR; font-weight: bold; }
        h1 { font-size: 26pt; margin: 18mm 0 4mm 0; }
        h2 { font-size: 15pt; margin: 0 0 4mm 0; border-bottom: 1pt solid COLOUR; padding-bottom: 1mm; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
        .title-page { page-break-after: always; }
        .title-page .band { background-color: COLOUR; color: #ffffff; padding: 8mm; }
        .title-page .society { font-size: 16pt; font-weight: bold; margin: 0; color: #ffffff; }
        .title-page .logo { max-height: 18mm; max-width: 60mm; margin-bottom: 4mm; }
        .title-page .year { font-size: 40pt; color: COLOUR; margin: 0 0 10mm 0; }
        .title-page .version, .title-page .responses, .title-page .group { font-size: 12pt; margin: 2mm 0; }
        .title-page .draft, .draft-banner { color: #a40000; font-weight: bold; }
        .draft-banner { border: 1pt solid #a40000; padding: 2mm; }
        .contents { page-break-after: always; }
        .contents ul { list-style: none; padding: 0; }
        .contents li { margin: 1.5mm 0; }
        .contents a { color: #1d2733; text-decoration: none; }
        .contents a::after { content: leader('.') target-counter(attr(href), page); }
        .chapter { page-break-before: always; }
        .figure { margin: 4mm 0 6mm 0; page-break-inside: avoid; }
        .figure svg { width: 100%%; }
        .caption { font-size: 8.5pt; font-style: italic; margin-top: 1mm; }
        table { border-collapse: collapse; width: 100%%; margin: 7mm 0 3mm 0; font-size: 8.5pt;
          -fs-table-paginate: paginate; }
        caption { caption-side: top; text-align: left; font-style: italic; font-size: 8.5pt;
          padding-bottom: 1mm; }
        th, td { border-bottom: 0.5pt solid #c8ced6; padding: 1mm 1.5mm; text-align: left;
          vertical-align: top; }
        thead th { border-bottom: 1pt solid #1d2733; }
        tr { page-break-inside: avoid; }
        td.suppressed { color: #666666; font-style: italic; }
        .facts th { width: 45%%; font-weight: normal; }
        .findings li { margin-bottom: 2mm; }
        .note { font-size: 8.5pt; color: #444444; }
        .texts li { margin-bottom: 1mm; }
        .narrative a { color: COLOUR; }
        .error { color: #a40000; }
        @media screen {
          body { max-width: 190mm; margin: 0 auto; padding: 8mm; }
          .chapter { border-top: 1pt solid #c8ced6; margin-top: 10mm; padding-top: 4mm; }
          .contents a::after { content: none; }
        }
        """
        .formatted(running, colour)
        .replace("COLOUR", colour);
  }

  /** {@code text} inside a CSS string. */
  private static String css(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
  }
}
