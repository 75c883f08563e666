package org.joysurvey.interchange.statfiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small dataset with every kind of variable, and its rows, written by either writer. */
final class Fixtures {

  static final String QUOTES = "She said \"no\", then left;\nsecond line, tab\there";
  static final String EMOJI = "Überlastung 🔥 日本語";
  static final String LONG = "é".repeat(1100) + " end"; // 2204 bytes: beyond str2045

  static final LabelledDataset DATASET =
      LabelledDataset.of(
          "Joy Survey 2020 — Überblick",
          List.of(
              Variable.integer(
                  "miniz_burnout",
                  "Burnout level (Mini-Z) — selbst",
                  Variable.Measure.ORDINAL,
                  1,
                  5,
                  "level"),
              Variable.integer("gender", "Gender", Variable.Measure.NOMINAL, 1, 3, "gender"),
              Variable.integer(
                  "big", "A wide integer", Variable.Measure.SCALE, -100000, 100000, null),
              Variable.decimal("hours", "Hours worked per week"),
              Variable.date("submitted_on", "Day submitted"),
              Variable.string("comment", "Comment", 200),
              Variable.string("story", "Long story", 8000),
              Variable.integer("empty", "Never answered", Variable.Measure.NOMINAL, 0, 1, "yesno")),
          List.of(
              ValueLabels.of(
                  "level",
                  Map.of(
                      1,
                      "I enjoy my work",
                      2,
                      "Occasionally stressed",
                      3,
                      "Burning out",
                      4,
                      "Symptoms won't go away",
                      5,
                      "Completely burned out 🔥")),
              ValueLabels.of("gender", Map.of(1, "Female", 2, "Male", 3, "Another gender")),
              ValueLabels.of("yesno", Map.of(0, "No", 1, "Yes"))));

  static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {1, 2, 99999, 52.5, LocalDate.of(2020, 3, 1), QUOTES, LONG, null});
    rows.add(new Object[] {null, null, null, null, null, null, null, null});
    rows.add(new Object[] {5, 1, -100000, 0.1, LocalDate.of(1960, 1, 1), EMOJI, "short", null});
    rows.add(new Object[] {3, 3, 152, -7.25, LocalDate.of(1900, 1, 1), "", "", null});
    return rows;
  }

  interface RowWriter extends AutoCloseable {
    void write(Object[] row) throws IOException;

    @Override
    void close() throws IOException;
  }

  static RowWriter dta(LabelledDataset dataset, Path file) throws IOException {
    DtaWriter writer = new DtaWriter(dataset, file);
    return new RowWriter() {
      @Override
      public void write(Object[] row) throws IOException {
        writer.write(row);
      }

      @Override
      public void close() throws IOException {
        writer.close();
      }
    };
  }

  static RowWriter sav(LabelledDataset dataset, Path file) throws IOException {
    SavWriter writer = new SavWriter(dataset, file);
    return new RowWriter() {
      @Override
      public void write(Object[] row) throws IOException {
        writer.write(row);
      }

      @Override
      public void close() throws IOException {
        writer.close();
      }
    };
  }

  static Path write(LabelledDataset dataset, List<Object[]> rows, Path file) throws IOException {
    try (RowWriter writer =
        file.toString().endsWith(".dta") ? dta(dataset, file) : sav(dataset, file)) {
      for (Object[] row : rows) {
        writer.write(row);
      }
    }
    return file;
  }

  private Fixtures() {}
}
