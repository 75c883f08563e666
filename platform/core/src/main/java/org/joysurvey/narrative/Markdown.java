package org.joysurvey.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a designer's Markdown (CommonMark with GitHub tables) as an XHTML fragment that is safe
 * to put into a page and well-formed enough for an XML parser (the PDF renderer reads it as XML).
 *
 * <p>What is written as HTML is shown as text, never interpreted: raw HTML blocks and inline tags
 * ({@code <script>}, {@code <iframe>}, {@code <img onerror=...>}) come out escaped. Links keep
 * their address only when it is {@code http}, {@code https} or {@code mailto}; any other (a {@code
 * javascript:} or {@code data:} address however it is spelled or encoded, and relative addresses,
 * which mean nothing in a PDF and a different page on every page that shows the text) leaves the
 * link's text without a link. Images become their alt text: a report embeds no picture from
 * elsewhere (the PDF renderer would fetch it, and a page would load it from every visitor's
 * browser). Characters that XML 1.0 does not allow (control characters, also when written as a
 * numeric reference such as {@code &#1;}) are dropped.
 */
public final class Markdown {

  /** The link schemes kept; everything else loses its link. */
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  // deep nesting (a thousand '>' or '[') costs the parser time and says nothing in a report
  private static final Parser PARSER =
      Parser.builder().extensions(EXTENSIONS).maxOpenBlockParsers(32).maxInlineNesting(32).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          // a second line behind the check of every link below
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(SCHEMES))
          .build();

  private Markdown() {}

  /**
   * The Markdown as an XHTML fragment (several elements, no root); {@code ""} for {@code null} or
   * blank input. The fragment uses no entity other than XML's own ({@code &amp;}, {@code &lt;},
   * {@code &gt;}, {@code &quot;}) and closes empty elements ({@code <br />}, {@code <hr />}).
   */
  public static String toXhtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(markdown);
    makeSafe(document);
    return xmlCharactersOnly(RENDERER.render(document));
  }

  /** Whether a link to {@code destination} is kept: an http, https or mailto address. */
  static boolean allowedLink(String destination) {
    if (destination == null) {
      return false;
    }
    // browsers ignore white space and control characters inside a scheme ("java\tscript:")
    StringBuilder compact = new StringBuilder();
    destination
        .codePoints()
        .filter(c -> c > 0x20 && !(c >= 0x7f && c <= 0x9f))
        .forEach(compact::appendCodePoint);
    String url = compact.toString();
    int colon = url.indexOf(':');
    if (colon <= 0) {
      return false; // relative, or no scheme at all
    }
    for (int i = 0; i < colon; i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return false; // the colon is in the path: relative
      }
    }
    return SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** Links to other schemes lose their link (their text stays); images become their alt text. */
  private static void makeSafe(Node document) {
    List<Link> links = new ArrayList<>();
    List<Image> images = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            links.add(link);
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            images.add(image);
            // its children are only its alt text
          }
        });
    for (Image image : images) {
      image.insertBefore(new Text(altText(image)));
      image.unlink();
    }
    for (Link link : links) {
      if (!allowedLink(link.getDestination())) {
        Node child = link.getFirstChild();
        while (child != null) {
          Node next = child.getNext();
          link.insertBefore(child);
          child = next;
        }
        link.unlink();
      }
    }
  }

  private static String altText(Image image) {
    StringBuilder alt = new StringBuilder();
    image.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            alt.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            alt.append(code.getLiteral());
          }
        });
    return alt.toString();
  }

  /**
   * Drops what XML 1.0 cannot hold: C0 controls other than tab and line breaks, lone surrogates,
   * U+FFFE and U+FFFF.
   */
  private static String xmlCharactersOnly(String html) {
    StringBuilder out = new StringBuilder(html.length());
    html.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
