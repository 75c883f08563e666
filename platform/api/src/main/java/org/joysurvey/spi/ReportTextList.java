package org.joysurvey.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Free-text answers of one item, as a report lists them. The platform prints them as plain text
 * (never as HTML) and withholds the whole list when too few respondents wrote one (at least 10, or
 * the edition's suppression threshold if higher), since a short list of comments identifies people.
 *
 * @param item the full item code
 * @param answered how many respondents wrote a text
 * @param texts the texts kept for the report (at most {@link #MAX_TEXTS}, in no meaningful order)
 * @since 1.1
 */
public record ReportTextList(String title, String item, long answered, List<String> texts) {

  /** The most texts one list keeps, so that a section of a huge edition stays small. */
  public static final int MAX_TEXTS = 500;

  public ReportTextList {
    Objects.requireNonNull(title, "A text list needs a title.");
    Objects.requireNonNull(item, "A text list names its item.");
    texts = List.copyOf(texts);
  }

  /** Collects the texts of one item during a report pass, keeping at most {@link #MAX_TEXTS}. */
  public static final class Collector {
    private final String title;
    private final String item;
    private final List<String> texts = new ArrayList<>();
    private long answered;

    public Collector(String title, String item) {
      this.title = title;
      this.item = item;
    }

    /** Adds the item's text answer of one response, if it has one. */
    public void accept(Answers answers) {
      answers
          .text(item)
          .filter(t -> !t.isBlank())
          .ifPresent(
              text -> {
                answered++;
                if (texts.size() < MAX_TEXTS) {
                  texts.add(text.strip());
                }
              });
    }

    public ReportTextList build() {
      return new ReportTextList(title, item, answered, texts);
    }
  }
}
