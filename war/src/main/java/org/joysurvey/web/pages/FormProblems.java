package org.joysurvey.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.problem.Problem;

/**
 * The validator's problems as the respondent form shows them: one sentence per item, at the item.
 */
final class FormProblems {

  private FormProblems() {}

  /** The messages by item code, each as a sentence; several about one item are joined. */
  static Map<String, String> byItem(List<Problem> problems) {
    Map<String, String> byItem = new LinkedHashMap<>();
    for (Problem p : problems) {
      byItem.merge(
          p.column() == null ? "" : p.column(), sentence(p.message()), (a, b) -> a + " " + b);
    }
    return byItem;
  }

  /** The index of the first section with a message about one of its items; -1 when none has one. */
  static int firstSectionWith(List<FormSection> sections, Map<String, String> byItem) {
    for (int i = 0; i < sections.size(); i++) {
      if (byItem.keySet().stream().anyMatch(sections.get(i)::contains)) {
        return i;
      }
    }
    return -1;
  }

  /** The messages about the items of one section, in the same order. */
  static Map<String, String> on(FormSection section, Map<String, String> byItem) {
    Map<String, String> onPage = new LinkedHashMap<>();
    byItem.forEach(
        (code, message) -> {
          if (section.contains(code)) {
            onPage.put(code, message);
          }
        });
    return onPage;
  }

  /** The message above the form when some answers must be checked. */
  static String askToCheck(int count) {
    return count == 1
        ? "Please check the answer marked below."
        : "Please check the " + count + " answers marked below.";
  }

  static String sentence(String message) {
    String s = message.substring(0, 1).toUpperCase() + message.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }
}
