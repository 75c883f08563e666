package org.joysurvey.document;

/**
 * Escaping for the document's XHTML: everything that comes from a plugin, a respondent or a
 * designer is text, never markup (Markdown is rendered separately, by {@code
 * org.joysurvey.narrative.Markdown}).
 */
final class Xhtml {

  private Xhtml() {}

  /** {@code value} as XML character data; characters XML 1.0 cannot hold are dropped. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  /** {@code value} inside a double-quoted attribute. */
  static String attribute(String value) {
    return text(value).replace("\n", "&#10;");
  }
}
