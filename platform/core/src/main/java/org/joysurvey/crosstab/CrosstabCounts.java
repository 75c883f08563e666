package org.joysurvey.crosstab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Settings;

/**
 * Counts responses into a table, one response at a time, keeping nothing else. Each response is
 * scored only by the instruments whose derived variables the rows, the columns or the group need,
 * each of them once.
 */
final class CrosstabCounts {

  /** Reads a response's category of one variable: its index, or -1 when it has none. */
  @FunctionalInterface
  interface Category {
    int of(Answers answers, DerivedVariables derived);
  }

  /**
   * One variable of the table: how many categories it has, and how a response's is read; {@code
   * instrument} scores it ({@code null} for an item, which is read from the answers).
   */
  record Reader(int size, Instrument instrument, Settings settings, Category category) {}

  /** An item's option, found by its code (a likert item's by its scale point). */
  static Reader item(CrosstabVariable variable, QuestionnaireItem questionnaireItem) {
    Item item = questionnaireItem.item();
    String code = questionnaireItem.code();
    int size = variable.categories().size();
    if (item.type() == ItemType.LIKERT) {
      int min = item.scaleMin();
      int[] index = new int[item.scaleMax() - min + 1];
      java.util.Arrays.fill(index, -1);
      for (int i = 0; i < size; i++) {
        index[Integer.parseInt(variable.categories().get(i).code()) - min] = i;
      }
      return new Reader(
          size,
          null,
          null,
          (answers, derived) -> {
            if (answers.values().get(code) instanceof AnswerValue.Scale s) {
              int at = s.value() - min;
              return at >= 0 && at < index.length ? index[at] : -1;
            }
            return -1;
          });
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < size; i++) {
      index.put(variable.categories().get(i).code(), i);
    }
    return new Reader(
        size,
        null,
        null,
        (answers, derived) ->
            answers.values().get(code) instanceof AnswerValue.Choice c
                ? index.getOrDefault(c.code(), -1)
                : -1);
  }

  /**
   * A derived variable: a yes/no one ({@code true} is the category {@code yes}, {@code false}
   * {@code no}) or a categorical one, whose value (an option code or an integer) is a category's
   * code.
   */
  static Reader derived(CrosstabVariable variable, Instrument instrument, Settings settings) {
    String name = variable.source();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < variable.categories().size(); i++) {
      index.put(variable.categories().get(i).code(), i);
    }
    int yes = index.getOrDefault("yes", -1);
    int no = index.getOrDefault("no", -1);
    return new Reader(
        variable.categories().size(),
        instrument,
        settings,
        (answers, derived) -> {
          Object value = derived.values().get(name);
          if (value instanceof Boolean b) {
            return b ? yes : no;
          }
          return value == null ? -1 : index.getOrDefault(value.toString(), -1);
        });
  }

  private final Reader rows;
  private final Reader columns;
  private final String groupVariable;
  private final String groupCode;
  private final List<Instrument> instruments = new ArrayList<>();
  private final List<Settings> settings = new ArrayList<>();
  private final int rowsSlot;
  private final int columnsSlot;
  private final int groupSlot;
  private final long[][] table;
  private long inGroup;
  private long others;

  /**
   * @param groupVariable the derived variable holding a respondent's group, or {@code null} for
   *     everyone; {@code groupInstrument} derives it and {@code groupCode} is the group counted
   */
  CrosstabCounts(
      Reader rows,
      Reader columns,
      String groupVariable,
      Instrument groupInstrument,
      Settings groupSettings,
      String groupCode) {
    this.rows = rows;
    this.columns = columns;
    this.groupVariable = groupVariable;
    this.groupCode = groupCode;
    this.rowsSlot = slot(rows.instrument(), rows.settings());
    this.columnsSlot = slot(columns.instrument(), columns.settings());
    this.groupSlot = groupVariable == null ? -1 : slot(groupInstrument, groupSettings);
    this.table = new long[rows.size()][columns.size()];
  }

  private int slot(Instrument instrument, Settings instrumentSettings) {
    if (instrument == null) {
      return -1;
    }
    int known = instruments.indexOf(instrument);
    if (known >= 0) {
      return known;
    }
    instruments.add(instrument);
    settings.add(instrumentSettings == null ? Settings.NONE : instrumentSettings);
    return instruments.size() - 1;
  }

  void accept(Answers answers) {
    DerivedVariables[] derived = new DerivedVariables[instruments.size()];
    for (int i = 0; i < derived.length; i++) {
      try {
        derived[i] = instruments.get(i).score(answers, settings.get(i));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "The instrument "
                + instruments.get(i).metadata().id()
                + " failed to score a response, so the table cannot be counted",
            e);
      }
    }
    if (groupVariable != null) {
      if (!groupCode.equals(derived[groupSlot].values().get(groupVariable))) {
        others++;
        return;
      }
      inGroup++;
    }
    int row = rows.category().of(answers, rowsSlot < 0 ? null : derived[rowsSlot]);
    if (row < 0) {
      return;
    }
    int column = columns.category().of(answers, columnsSlot < 0 ? null : derived[columnsSlot]);
    if (column >= 0) {
      table[row][column]++;
    }
  }

  /** The counts so far, rows first (a copy). */
  long[][] table() {
    long[][] copy = new long[table.length][];
    for (int i = 0; i < table.length; i++) {
      copy[i] = table[i].clone();
    }
    return copy;
  }

  /** Responses in the group (0 without one). */
  long inGroup() {
    return inGroup;
  }

  /** Responses outside the group: everyone else (0 without one). */
  long others() {
    return others;
  }
}
