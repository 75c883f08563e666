package org.joysurvey.narrative;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What designers write for an edition's published report, as Markdown sources: the introduction,
 * the conclusion, the recommendations, the appendices, and a free paragraph at the top of each
 * instrument's chapter ({@code chapterIntros}, keyed by instrument id, e.g. {@code mini-z}, in the
 * edition's order). Render a block with {@link Markdown#toXhtml}.
 *
 * <p>{@code null} blocks become {@code ""}, a {@code null} map an empty one, and line breaks are
 * kept as {@code \n} alone (a browser's text area sends {@code \r\n}), so that what is read back
 * equals what was saved and lengths count characters the reader sees.
 */
public record Narrative(
    String introduction,
    String conclusion,
    String recommendations,
    String appendices,
    Map<String, String> chapterIntros)
    implements java.io.Serializable {

  /** No narrative at all: what an edition has until a designer writes one. */
  public static final Narrative EMPTY = new Narrative("", "", "", "", Map.of());

  public Narrative {
    introduction = clean(introduction);
    conclusion = clean(conclusion);
    recommendations = clean(recommendations);
    appendices = clean(appendices);
    Map<String, String> chapters = new LinkedHashMap<>();
    if (chapterIntros != null) {
      chapterIntros.forEach(
          (instrument, markdown) -> {
            if (instrument != null) {
              chapters.put(instrument, clean(markdown));
            }
          });
    }
    chapterIntros = Collections.unmodifiableMap(chapters);
  }

  /** The chapter paragraph of the instrument, {@code ""} when there is none. */
  public String chapterIntro(String instrumentId) {
    return chapterIntros.getOrDefault(instrumentId, "");
  }

  /** Whether every block is blank (only white space, or nothing). */
  public boolean isEmpty() {
    return introduction.isBlank()
        && conclusion.isBlank()
        && recommendations.isBlank()
        && appendices.isBlank()
        && chapterIntros.values().stream().allMatch(String::isBlank);
  }

  /** The same narrative without blank chapter paragraphs (what is stored). */
  public Narrative withoutBlankChapters() {
    Map<String, String> chapters = new LinkedHashMap<>();
    chapterIntros.forEach(
        (instrument, markdown) -> {
          if (!markdown.isBlank()) {
            chapters.put(instrument, markdown);
          }
        });
    return new Narrative(introduction, conclusion, recommendations, appendices, chapters);
  }

  private static String clean(String markdown) {
    return markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
  }
}
