package org.joysurvey.document;

import java.util.List;

/**
 * One instrument's section as every rendering of a report shows it (the report page, the PDF, the
 * print page): figures formatted once, withheld ones reading "suppressed" with the reason.
 *
 * @param compared some figure is set against an earlier year's
 */
public record PresentedSection(
    String instrument,
    String title,
    String error,
    List<Line> statistics,
    List<Table> tables,
    List<ChartData> charts,
    List<Texts> texts,
    List<String> notes,
    boolean compared) {

  public PresentedSection {
    statistics = List.copyOf(statistics);
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
    texts = List.copyOf(texts);
    notes = List.copyOf(notes);
  }

  /**
   * A statistic as a line of the key figures; {@code previous}, {@code change} and {@code
   * comparedWith} are empty when it is not compared with an earlier year.
   *
   * @param denominator how many respondents it rests on; {@code null} for a withheld figure of a
   *     publication (its denominator is not published either)
   */
  public record Line(
      String key,
      String label,
      String value,
      Long denominator,
      String suppressedBecause,
      String previous,
      String change,
      String comparedWith) {}

  /** A table with its cells formatted. */
  public record Table(String title, List<String> columns, List<List<String>> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A free-text list; {@code suppressedBecause} set means the texts are withheld. */
  public record Texts(String title, long answered, List<String> texts, String suppressedBecause) {
    public Texts {
      texts = List.copyOf(texts);
    }
  }
}
