package org.joysurvey.interchange.statfiles;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a labelled data file describes before its rows: a label for the file, the variables in
 * order, and the value label sets they use. Rows are given to the writers one at a time, as an
 * array with one cell per variable: a {@link Number} (or {@code null}) for numeric variables, a
 * {@link java.time.LocalDate} (or {@code null}) for dates, a {@link String} (or {@code null}) for
 * text.
 */
public record LabelledDataset(
    String label, List<Variable> variables, Map<String, ValueLabels> valueLabels) {

  public LabelledDataset {
    label = label == null ? "" : label;
    variables = List.copyOf(variables);
    valueLabels = Map.copyOf(valueLabels);
    // SPSS compares names without case; Stata with case: unique without case suits both
    Set<String> names = new HashSet<>();
    for (Variable v : variables) {
      if (!names.add(v.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("Variable name " + v.name() + " is used twice");
      }
      if (v.valueLabels() != null && !valueLabels.containsKey(v.valueLabels())) {
        throw new IllegalArgumentException(
            "Variable " + v.name() + " uses value labels " + v.valueLabels() + ", not given");
      }
    }
    valueLabels.forEach(
        (name, set) -> {
          if (!name.equals(set.name())) {
            throw new IllegalArgumentException("Value labels " + set.name() + " filed as " + name);
          }
        });
  }

  /** A dataset of these variables and label sets (each set under its own name). */
  public static LabelledDataset of(
      String label, List<Variable> variables, List<ValueLabels> valueLabels) {
    Map<String, ValueLabels> byName = new LinkedHashMap<>();
    for (ValueLabels set : valueLabels) {
      if (byName.put(set.name(), set) != null) {
        throw new IllegalArgumentException("Value labels " + set.name() + " given twice");
      }
    }
    return new LabelledDataset(label, variables, byName);
  }

  /** Checks that a row has one cell of the right kind per variable. */
  void check(Object[] row) {
    Objects.requireNonNull(row, "row");
    if (row.length != variables.size()) {
      throw new IllegalArgumentException(
          "A row has " + row.length + " cells; the dataset has " + variables.size() + " variables");
    }
  }
}
