package org.joysurvey.web.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one respondent while the form is filled in, across all its pages: what the inputs
 * hold (keyed by full item code), and the order in which ranked options were ticked. They become
 * interchange text cells, the same input the API takes, and come back from a saved draft.
 */
final class FormAnswers implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the inputs are bound to: a String, or an array/collection of option codes. */
  private final Map<String, Object> values = new HashMap<>();

  /** Per ranked item, its ticked options in the order they were ticked: rank 1 first. */
  private final Map<String, List<String>> rankings = new HashMap<>();

  Map<String, Object> values() {
    return values;
  }

  /**
   * The ranking of a ranked item: the options still ticked keep their order, newly ticked ones
   * follow in the order of the list (one per click when the page sends each click).
   */
  List<String> ranking(FormItem item) {
    List<String> ticked = codes(values.get(item.code()));
    List<String> ranking = new ArrayList<>(rankings.getOrDefault(item.code(), List.of()));
    ranking.retainAll(ticked);
    for (String code : ticked) {
      if (!ranking.contains(code)) {
        ranking.add(code);
      }
    }
    rankings.put(item.code(), ranking);
    return ranking;
  }

  /** The item's answer as an interchange text cell; empty when unanswered. */
  String cell(FormItem item) {
    if (item.isRanked()) {
      return String.join(";", ranking(item));
    }
    Object value = values.get(item.code());
    if (value instanceof Object[] || value instanceof Collection<?>) {
      return String.join(";", codes(value));
    }
    return value == null ? "" : value.toString().strip();
  }

  /** Every answered item of these pages as interchange text cells, in form order. */
  Map<String, String> cells(List<FormSection> sections) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (FormSection section : sections) {
      for (FormItem item : section.items()) {
        String cell = cell(item);
        if (!cell.isEmpty()) {
          cells.put(item.code(), cell);
        }
      }
    }
    return cells;
  }

  /** Puts saved cells (a resumed draft) back into the inputs. */
  void fill(List<FormSection> sections, Map<String, String> cells) {
    values.clear();
    rankings.clear();
    for (FormSection section : sections) {
      for (FormItem item : section.items()) {
        String cell = cells.get(item.code());
        if (cell == null || cell.isEmpty()) {
          continue;
        }
        if (item.type().equals("multi") || item.isRanked()) {
          List<String> codes =
              Arrays.stream(cell.split(";")).map(String::strip).filter(c -> !c.isEmpty()).toList();
          values.put(item.code(), codes.toArray(String[]::new));
          if (item.isRanked()) {
            rankings.put(item.code(), new ArrayList<>(codes));
          }
        } else {
          values.put(item.code(), cell);
        }
      }
    }
  }

  private static List<String> codes(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array).map(String::valueOf).filter(s -> !s.isBlank()).toList();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
    }
    String text = value.toString();
    return text.isBlank() ? List.of() : List.of(text);
  }
}
