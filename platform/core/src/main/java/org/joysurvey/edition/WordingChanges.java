package org.joysurvey.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What counts as a change of an edition's wording, and how changes are numbered. Kept apart from
 * the database so that both rules are tested on their own.
 *
 * <p>Wording maps are the edition's own texts by full item code ({@link EditionSettings#wording});
 * an item that is absent has the plugin's wording. Each changed item is a version of its own, so
 * that the history says exactly which text respondents saw: the wording of version v is the
 * plugin's with every change up to v applied.
 */
public final class WordingChanges {

  private WordingChanges() {}

  /**
   * The items whose wording differs between {@code before} and {@code after}: set, changed, or
   * removed back to the plugin's text; ordered by item code so that numbering is repeatable. The
   * texts are compared as stored (the service strips them and drops a text equal to the plugin's
   * before it gets here, see {@link EditionSettings#normaliseWording}).
   */
  public static List<WordingChange> between(Map<String, String> before, Map<String, String> after) {
    List<WordingChange> changes = new ArrayList<>();
    TreeSet<String> items = new TreeSet<>(before.keySet());
    items.addAll(after.keySet());
    for (String item : items) {
      String oldText = before.get(item);
      String newText = after.get(item);
      if (!Objects.equals(oldText, newText)) {
        changes.add(new WordingChange(item, oldText, newText));
      }
    }
    return changes;
  }

  /**
   * The version numbers the changes get, in order, when the edition's wording is at version {@code
   * latest} now (0 when it never changed): {@code latest + 1}, {@code latest + 2}, ...
   */
  public static List<Integer> numbers(int latest, List<WordingChange> changes) {
    if (latest < 0) {
      throw new IllegalArgumentException("a wording version is 0 or more, not " + latest);
    }
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= changes.size(); i++) {
      numbers.add(latest + i);
    }
    return numbers;
  }
}
