package org.joysurvey.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Locale;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.joysurvey.testing.Tries;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class MarkdownTest {

  private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

  static {
    XML.setNamespaceAware(true);
    try {
      XML.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Test
  void headingsListsEmphasisAndTablesRender() {
    String html =
        Markdown.toXhtml(
            "## Key findings\n\n"
                + "Most physicians are *satisfied*, some **very**.\n\n"
                + "- one\n- two\n\n"
                + "1. first\n2. second\n\n"
                + "| Year | Rate |\n|:-----|-----:|\n| 2018 | 41% |\n| 2020 | 38% |\n\n"
                + "line one  \nline two\n\n---\n\n`code` and\n\n    indented code\n");
    assertTrue(html.contains("<h2>Key findings</h2>"), html);
    assertTrue(html.contains("<em>satisfied</em>"), html);
    assertTrue(html.contains("<strong>very</strong>"), html);
    assertTrue(html.contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"), html);
    assertTrue(html.contains("<ol>\n<li>first</li>"), html);
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("<th align=\"left\">Year</th>"), html);
    assertTrue(html.contains("<td align=\"right\">38%</td>"), html);
    assertTrue(html.contains("line one<br />"), html);
    assertTrue(html.contains("<hr />"), html);
    assertTrue(html.contains("<code>code</code>"), html);
    assertTrue(html.contains("<pre><code>indented code\n</code></pre>"), html);
    Element root = parse(html);
    assertEquals(1, root.getElementsByTagName("table").getLength());
  }

  @Test
  void aScriptTagIsShownAsText() {
    String html = Markdown.toXhtml("Hello <script>alert('x')</script> world");
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);
    assertEquals(0, parse(html).getElementsByTagName("script").getLength());
  }

  @Test
  void aRawHtmlBlockIsShownAsText() {
    String html =
        Markdown.toXhtml(
            "<div onclick=\"steal()\">\n<iframe src=\"https://evil.example\"></iframe>\n</div>\n");
    assertFalse(html.contains("<div"), html);
    assertFalse(html.contains("<iframe"), html);
    assertTrue(html.contains("&lt;iframe src=&quot;https://evil.example&quot;&gt;"), html);
    assertEquals(0, parse(html).getElementsByTagName("iframe").getLength());
  }

  @Test
  void inlineHtmlIsShownAsText() {
    String html = Markdown.toXhtml("a <img src=x onerror=alert(1)> b <b>bold</b> <!-- c -->");
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    assertTrue(html.contains("&lt;!-- c --&gt;"), html);
  }

  @Test
  void httpHttpsAndMailtoLinksAreKept() {
    Element root =
        parse(
            Markdown.toXhtml(
                "[site](https://example.org/a?b=1&c=2 \"Title\"), [old](http://example.org),"
                    + " [mail](mailto:office@example.org), <https://auto.example.org>"));
    NodeList links = root.getElementsByTagName("a");
    assertEquals(4, links.getLength());
    assertEquals("https://example.org/a?b=1&c=2", href(links, 0));
    assertEquals("Title", ((Element) links.item(0)).getAttribute("title"));
    assertEquals("http://example.org", href(links, 1));
    assertEquals("mailto:office@example.org", href(links, 2));
    assertEquals("https://auto.example.org", href(links, 3));
  }

  @Test
  void aJavascriptLinkKeepsItsTextWithoutTheLink() {
    String html = Markdown.toXhtml("[click me](javascript:alert(1))");
    assertEquals("<p>click me</p>\n", html);
  }

  @Test
  void javascriptInMixedCaseOrSpreadOutLosesItsLink() {
    for (String destination :
        new String[] {
          "JAVASCRIPT:alert(1)",
          "JavaScript:alert(1)",
          "<java\tscript:alert(1)>",
          "<\u0001javascript:alert(1)>",
          "vbscript:msgbox(1)",
          "<%20javascript:alert(1)>"
        }) {
      String html = Markdown.toXhtml("[x](" + destination + ")");
      assertEquals(
          0, parse(html).getElementsByTagName("a").getLength(), destination + " gave " + html);
      assertFalse(html.toLowerCase(Locale.ROOT).contains("script:"), destination + " gave " + html);
    }
  }

  @Test
  void aDataLinkLosesItsLink() {
    String html =
        Markdown.toXhtml("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
    assertEquals("<p>x</p>\n", html);
    String auto = Markdown.toXhtml("<data:text/html,<b>x</b>>");
    assertEquals(0, parse(auto).getElementsByTagName("a").getLength(), auto);
  }

  @Test
  void entitiesCannotSpellAForbiddenScheme() {
    for (String markdown :
        new String[] {
          "[x](jav&#x61;script:alert(1))",
          "[x](&#106;avascript:alert(1))",
          "[x](javascript&colon;alert(1))",
          "[x]: javascript:alert(1)\n\n[x]",
          "[x][r]\n\n[r]: &#x6A;avascript:alert(1)",
          "<a href=\"javascript:alert(1)\">x</a>"
        }) {
      String html = Markdown.toXhtml(markdown);
      assertEquals(
          0, parse(html).getElementsByTagName("a").getLength(), markdown + " gave " + html);
    }
    // an entity in the text stays text, and XML's own entities only come out
    String html = Markdown.toXhtml("&lt;script&gt; &amp; &nbsp; &copy; &#1; &#0;");
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt; &amp; \u00a0 \u00a9"), html);
    parse(html);
  }

  @Test
  void relativeLinksLoseTheirLink() {
    for (String destination :
        new String[] {
          "/designer/users.xhtml", "report.xhtml", "#top", "//evil.example/x", "a/b:c"
        }) {
      String html = Markdown.toXhtml("[x](" + destination + ")");
      assertEquals("<p>x</p>\n", html, destination);
    }
  }

  @Test
  void imagesBecomeTheirAltText() {
    String html =
        Markdown.toXhtml(
            "![A chart of *burnout*](https://example.org/c.png) and"
                + " ![x](javascript:alert(1)) [![logo](https://e.org/l.png)](https://e.org)");
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("A chart of burnout and x"), html);
    assertTrue(html.contains("<a rel=\"nofollow\" href=\"https://e.org\">logo</a>"), html);
  }

  @Test
  void blankOrNullIsNothing() {
    assertEquals("", Markdown.toXhtml(null));
    assertEquals("", Markdown.toXhtml(" \n\t"));
  }

  @Test
  void deepNestingStaysBoundedAndWellFormed() {
    parse(Markdown.toXhtml(">".repeat(5000) + " deep"));
    parse(Markdown.toXhtml("[".repeat(5000) + "x" + "](https://e.org)".repeat(5000)));
    parse(Markdown.toXhtml("*".repeat(5000) + "x" + "*".repeat(5000)));
    parse(Markdown.toXhtml("- ".repeat(3000) + "x"));
  }

  /** Every random mix of Markdown syntax, HTML and odd characters comes out as well-formed XML. */
  @Test
  void randomInputAlwaysGivesWellFormedXhtmlWithoutActiveContent() {
    String[] pieces = {
      "# ",
      "## ",
      "\n",
      "\n\n",
      "* ",
      "- ",
      "1. ",
      "> ",
      "**",
      "*",
      "_",
      "`",
      "```\n",
      "    ",
      "| a | b |\n|---|---|\n| c | d |\n",
      "[",
      "]",
      "(",
      ")",
      "![",
      "<",
      ">",
      "&",
      ";",
      "&#",
      "&amp;",
      "&#x6a;",
      "\"",
      "'",
      "<script>",
      "</script>",
      "<img src=x onerror=alert(1)>",
      "<div>",
      "</div>",
      "javascript:",
      "JaVaScRiPt:",
      "data:",
      "https://e.org",
      "mailto:a@b.c",
      "http://",
      "---\n",
      "  \n",
      "\\",
      "\t",
      "\u0000",
      "\u0001",
      "\u001f",
      "\ud800",
      "\udfff",
      "\ufffe",
      "\uffff",
      "\u00e9",
      "\ud83d\ude00",
      "text",
      " ",
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "<?xml",
      "?>",
      "[r]: ",
      "[r]",
      "<https://x.org>",
      "~",
      "=",
      "+ "
    };
    Tries.run(
        13L,
        400,
        (random, where) -> {
          String markdown = randomMarkdown(random, pieces);
          String html = Markdown.toXhtml(markdown);
          Element root;
          try {
            root = parse(html);
          } catch (AssertionError e) {
            throw new AssertionError(where + ": not well-formed for " + quote(markdown), e);
          }
          for (String forbidden : new String[] {"script", "img", "div", "iframe"}) {
            assertEquals(
                0,
                root.getElementsByTagName(forbidden).getLength(),
                where + ": <" + forbidden + "> from " + quote(markdown));
          }
          NodeList links = root.getElementsByTagName("a");
          for (int i = 0; i < links.getLength(); i++) {
            String href = href(links, i).toLowerCase(Locale.ROOT);
            assertTrue(
                href.startsWith("http://")
                    || href.startsWith("https://")
                    || href.startsWith("mailto:"),
                where + ": link to " + href + " from " + quote(markdown));
          }
        });
  }

  private static String randomMarkdown(Random random, String[] pieces) {
    StringBuilder markdown = new StringBuilder();
    int count = 1 + random.nextInt(60);
    for (int i = 0; i < count; i++) {
      markdown.append(pieces[random.nextInt(pieces.length)]);
    }
    return markdown.toString();
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.append('"').toString();
  }

  private static String href(NodeList links, int i) {
    return ((Element) links.item(i)).getAttribute("href");
  }

  /** Parses the fragment inside a root element with a strict, non-validating XML parser. */
  static Element parse(String fragment) {
    try {
      Document document =
          XML.newDocumentBuilder()
              .parse(new InputSource(new StringReader("<div>" + fragment + "</div>")));
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + fragment, e);
    }
  }
}
