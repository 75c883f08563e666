package org.joysurvey.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one instrument contributes to a report: statistics under stable keys, tables and charts that
 * refer to them, free-text lists, notes (caveats, sources, warnings), and how its counts add up
 * ({@link Sum}s, since 1.4), so that the platform can keep withheld counts from being recomputed.
 * Build it with {@link #builder}.
 */
public record ReportSection(
    String title,
    List<Statistic> statistics,
    List<ReportTable> tables,
    List<ReportChart> charts,
    List<ReportTextList> texts,
    List<String> notes,
    List<Sum> sums) {

  /**
   * @since 1.4
   */
  public ReportSection {
    Objects.requireNonNull(title, "A section needs a title.");
    statistics = List.copyOf(statistics);
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
    texts = List.copyOf(texts);
    notes = List.copyOf(notes);
    sums = sums == null ? List.of() : List.copyOf(sums);
  }

  /** The 1.1 form, without sums; kept so that plugins built against 1.1 still work. */
  public ReportSection(
      String title,
      List<Statistic> statistics,
      List<ReportTable> tables,
      List<ReportChart> charts,
      List<ReportTextList> texts,
      List<String> notes) {
    this(title, statistics, tables, charts, texts, notes, List.of());
  }

  /** The 1.0 form, without free-text lists; kept so that plugins built against 1.0 still work. */
  public ReportSection(
      String title,
      List<Statistic> statistics,
      List<ReportTable> tables,
      List<ReportChart> charts,
      List<String> notes) {
    this(title, statistics, tables, charts, List.of(), notes, List.of());
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  public static final class Builder {
    private final String title;
    private final List<Statistic> statistics = new ArrayList<>();
    private final List<ReportTable> tables = new ArrayList<>();
    private final List<ReportChart> charts = new ArrayList<>();
    private final List<ReportTextList> texts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder statistic(Statistic statistic) {
      statistics.add(statistic);
      return this;
    }

    public Builder statistics(List<Statistic> more) {
      statistics.addAll(more);
      return this;
    }

    public Builder table(ReportTable table) {
      tables.add(table);
      return this;
    }

    public Builder chart(ReportChart chart) {
      charts.add(chart);
      return this;
    }

    /**
     * @since 1.1
     */
    public Builder texts(ReportTextList list) {
      texts.add(list);
      return this;
    }

    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    /**
     * Declares how some of the section's counts add up.
     *
     * @since 1.4
     */
    public Builder sum(Sum sum) {
      sums.add(sum);
      return this;
    }

    /**
     * @since 1.4
     */
    public Builder sums(List<Sum> more) {
      sums.addAll(more);
      return this;
    }

    public ReportSection build() {
      return new ReportSection(title, statistics, tables, charts, texts, notes, sums);
    }
  }
}
