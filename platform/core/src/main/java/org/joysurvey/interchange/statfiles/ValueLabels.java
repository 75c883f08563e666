package org.joysurvey.interchange.statfiles;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A named set of labels for integer codes ({@code 1 = "Female"}), which several variables may
 * share. Stata and SPSS label integer codes of numeric variables only.
 *
 * @param name the set's name: the rules of {@link Variable#name()}
 * @param labels label by code, in code order
 */
public record ValueLabels(String name, SortedMap<Integer, String> labels) {

  public ValueLabels {
    Variable.requireValidName(name);
    Objects.requireNonNull(labels, "labels");
    labels.forEach(
        (code, label) -> Objects.requireNonNull(label, "label of " + code + " in " + name));
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  public static ValueLabels of(String name, Map<Integer, String> labels) {
    return new ValueLabels(name, new TreeMap<>(labels));
  }
}
