package org.joysurvey.narrative;

/** STUB until the narrative branch lands. */
public final class Markdown {
  private Markdown() {}

  public static String toXhtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String para : markdown.strip().split("\\n\\s*\\n")) {
      out.append("<p>")
          .append(para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
          .append("</p>\n");
    }
    return out.toString();
  }
}
