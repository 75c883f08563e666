package org.joysurvey.analysis;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ItemType;

/**
 * What the first pass over an edition's responses found that the files must know before their first
 * row: how many there are, the longest text of each text item (the width of its Stata and SPSS
 * variable), and which derived variables the instruments computed, of what type and range.
 */
final class Observations {

  /** Beyond this many distinct values a text derived variable is free text, not categories. */
  static final int MAX_CATEGORIES = 200;

  long rows;
  final Map<String, Integer> textBytes = new HashMap<>();
  final Map<String, Derived> derived = new LinkedHashMap<>();

  /** One derived variable as seen: its type, range and (for text) values. */
  static final class Derived {
    Class<?> type;
    boolean mixed;
    long count;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int maxBytes;
    TreeSet<String> values = new TreeSet<>();

    void see(Object value) {
      count++;
      if (type == null) {
        type = value.getClass();
      } else if (type != value.getClass()) {
        mixed = true; // written as text from then on
      }
      if (value instanceof Integer i) {
        min = Math.min(min, i);
        max = Math.max(max, i);
      }
      String text = value.toString();
      maxBytes = Math.max(maxBytes, text.getBytes(StandardCharsets.UTF_8).length);
      if (values != null && value instanceof String) {
        values.add(text);
        if (values.size() > MAX_CATEGORIES) {
          values = null;
        }
      }
    }
  }

  void observe(Iterable<QuestionnaireItem> textItems, Answers answers, Map<String, Object> vars) {
    rows++;
    for (QuestionnaireItem item : textItems) {
      if (item.item().type() == ItemType.TEXT
          && answers.values().get(item.code()) instanceof AnswerValue.Text t) {
        textBytes.merge(item.code(), t.value().getBytes(StandardCharsets.UTF_8).length, Math::max);
      }
    }
    vars.forEach((name, value) -> derived.computeIfAbsent(name, n -> new Derived()).see(value));
  }
}
