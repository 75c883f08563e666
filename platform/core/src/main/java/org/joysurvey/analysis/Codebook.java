package org.joysurvey.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.WordingVersionView;
import org.joysurvey.interchange.CsvResponseReader;
import org.joysurvey.interchange.CsvResponseWriter;
import org.joysurvey.interchange.statfiles.LabelledDataset;
import org.joysurvey.interchange.statfiles.ValueLabels;
import org.joysurvey.interchange.statfiles.Variable;
import org.joysurvey.interchange.statfiles.Variable.Measure;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;

/**
 * The codebook of an edition: every column of its CSV export (metadata, items, and the derived
 * variables: those the instruments declare, with their labels, codes and rules, and any other the
 * instruments computed on its responses), with the Stata/SPSS variables each becomes, and how a
 * response turns into their cells.
 *
 * <p>Stata/SPSS codes: a likert item keeps its scale points; a single item numbers its options 1,
 * 2, ... in the order a respondent sees them; a yes-no item is 1 for yes, 0 for no; a multi item is
 * one 0/1 variable per option; a ranked item one variable per rank holding the option's number; a
 * derived flag is 1 for true and 0 for false. In the CSV the cells are as the interchange format
 * has them (option codes; derived flags 1 and 0).
 */
final class Codebook {

  /** The prefix of a derived variable's CSV column: the import ignores columns starting with _. */
  static final String DERIVED_PREFIX = "_derived.";

  static final String MISSING_ITEM =
      "empty (Stata ., SPSS system-missing, blank text): not answered, or not shown because of the"
          + " questionnaire's logic (see shown_if; the CSV does not tell the two apart)";
  static final String MISSING_DERIVED =
      "empty (Stata ., SPSS system-missing): the answers do not determine it (e.g. an item it is"
          + " computed from was not answered); such responses are left out of the report's"
          + " denominators";

  private static final String CHOSEN = "chosen";
  private static final String FLAG = "flag";

  private final List<Column> columns;
  private final List<Cells> cells;
  private final List<ValueLabels> valueLabels;
  private final String title;

  /** Writes one column's cells of one response into a row. */
  @FunctionalInterface
  interface Cells {
    void put(Response response, Object[] row, int at);
  }

  /** One response: answers, derived variables, day, wording version. */
  record Response(Answers answers, Map<String, Object> derived, LocalDate day, int version) {}

  private Codebook(
      String title, List<Column> columns, List<Cells> cells, List<ValueLabels> valueLabels) {
    this.title = title;
    this.columns = List.copyOf(columns);
    this.cells = List.copyOf(cells);
    this.valueLabels = List.copyOf(valueLabels);
  }

  List<Column> columns() {
    return columns;
  }

  /** The columns without the derived variables, or all of them. */
  List<Column> columns(boolean derived) {
    return columns.stream().filter(c -> derived || c.kind() != Column.Kind.DERIVED).toList();
  }

  /** The Stata/SPSS dataset of these columns. */
  LabelledDataset dataset(boolean derived) {
    List<Variable> variables = new ArrayList<>();
    Map<String, ValueLabels> used = new LinkedHashMap<>();
    Map<String, ValueLabels> sets = new HashMap<>();
    valueLabels.forEach(s -> sets.put(s.name(), s));
    for (Column column : columns(derived)) {
      for (Variable v : column.variables()) {
        variables.add(v);
        if (v.valueLabels() != null) {
          used.put(v.valueLabels(), sets.get(v.valueLabels()));
        }
      }
    }
    return LabelledDataset.of(title, variables, List.copyOf(used.values()));
  }

  /** The cells of one response, one per Stata/SPSS variable of {@link #dataset(boolean)}. */
  Object[] row(Response response, boolean derived, int width) {
    Object[] row = new Object[width];
    int at = 0;
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (!derived && column.kind() == Column.Kind.DERIVED) {
        continue;
      }
      cells.get(i).put(response, row, at);
      at += column.variables().size();
    }
    return row;
  }

  /** The CSV cells of the derived variables of one response, in column order. */
  List<String> derivedCells(Map<String, Object> derived) {
    List<String> out = new ArrayList<>();
    for (Column column : columns) {
      if (column.kind() == Column.Kind.DERIVED) {
        Object value = derived.get(column.name().substring(DERIVED_PREFIX.length()));
        out.add(
            value == null ? "" : value instanceof Boolean b ? (b ? "1" : "0") : value.toString());
      }
    }
    return out;
  }

  /** The derived variables' CSV columns. */
  List<String> derivedColumns() {
    return columns.stream().filter(c -> c.kind() == Column.Kind.DERIVED).map(Column::name).toList();
  }

  /** {@code text}, cut at a character so that its UTF-8 has at most {@code bytes} bytes. */
  static String fit(String text, int bytes) {
    if (text.length() * 3L <= bytes
        || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= bytes) {
      return text;
    }
    int end = 0;
    int used = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return text.substring(0, end);
  }

  static Codebook build(
      EditionSetup setup, List<WordingVersionView> wordingVersions, Observations seen) {
    Builder b = new Builder(setup, wordingVersions, seen);
    b.metadata();
    for (QuestionnaireItem item : setup.questionnaire().items()) {
      b.item(item);
    }
    b.wordingVersionColumn(); // the CSV's order: _wording_version, then the derived variables
    b.derived();
    String title =
        setup.edition().title()
            + " ("
            + setup.edition().year()
            + "), edition "
            + setup.edition().id();
    return new Codebook(title, b.columns, b.cells, b.valueLabels);
  }

  private static final class Builder {
    final EditionSetup setup;
    final Observations seen;
    final VariableNames names = new VariableNames();
    final List<Column> columns = new ArrayList<>();
    final List<Cells> cells = new ArrayList<>();
    final List<ValueLabels> valueLabels = new ArrayList<>();
    final Map<String, Integer> lastChange = new HashMap<>();
    final Map<String, Instrument> instruments = new LinkedHashMap<>();

    /** Single items' codes as numbers, by full item code (derived copies of them reuse them). */
    final Map<String, Map<String, Integer>> numbering = new HashMap<>();

    final Map<String, String> labelSetOf = new HashMap<>();

    Builder(EditionSetup setup, List<WordingVersionView> versions, Observations seen) {
      this.setup = setup;
      this.seen = seen;
      versions.forEach(v -> lastChange.merge(v.item(), v.version(), Math::max));
      setup.instruments().forEach(i -> instruments.put(i.metadata().id(), i));
      valueLabels.add(ValueLabels.of(CHOSEN, Map.of(0, "Not chosen", 1, "Chosen")));
      valueLabels.add(ValueLabels.of(FLAG, Map.of(0, "No", 1, "Yes")));
    }

    void add(Column column, Cells extractor) {
      columns.add(column);
      cells.add(extractor);
    }

    void metadata() {
      add(
          new Column(
              CsvResponseReader.SUBMITTED_ON,
              Column.Kind.METADATA,
              "",
              "",
              "date",
              "Day the response was submitted (or imported)",
              "",
              0,
              List.of(),
              null,
              null,
              false,
              "",
              "",
              "empty: not recorded",
              List.of(Variable.date(names.unique("submitted_on"), "Day submitted")),
              null),
          (r, row, at) -> row[at] = r.day());
    }

    void wordingVersionColumn() {
      int current = setup.edition().wordingVersion();
      add(
          new Column(
              CsvResponseWriter.WORDING_VERSION,
              Column.Kind.METADATA,
              "",
              "",
              "integer",
              "The edition's wording version the response was answered under (0: the"
                  + " instruments' own wording)",
              "",
              0,
              List.of(),
              BigDecimal.ZERO,
              BigDecimal.valueOf(current),
              false,
              "",
              "",
              "never empty",
              List.of(
                  Variable.integer(
                      names.unique("wording_version"),
                      "Wording version answered under",
                      Measure.ORDINAL,
                      0,
                      Math.max(current, 0),
                      null)),
              null),
          (r, row, at) -> row[at] = r.version());
    }

    void item(QuestionnaireItem qi) {
      Item item = qi.item();
      String code = qi.code();
      Instrument instrument = instruments.get(qi.instrumentId());
      Item original =
          instrument.items().stream()
              .filter(i -> i.code().equals(item.code()))
              .findFirst()
              .orElse(item);
      String source = original.text().equals(item.text()) ? "instrument" : "edition";
      String base = names.forCode(code);
      List<Column.Choice> choices = new ArrayList<>();
      List<Variable> variables = new ArrayList<>();
      ValueLabels set = null;
      Cells extractor;
      switch (item.type()) {
        case LIKERT -> {
          Map<Integer, String> labels = new TreeMap<>();
          for (Option o : item.options()) {
            int value = Integer.parseInt(o.code());
            choices.add(new Column.Choice(o.code(), value, o.label()));
            labels.put(value, o.label());
          }
          set = labelSet(base, labels);
          variables.add(
              Variable.integer(
                  base,
                  item.text(),
                  Measure.ORDINAL,
                  item.scaleMin(),
                  item.scaleMax(),
                  set.name()));
          extractor =
              (r, row, at) ->
                  row[at] =
                      r.answers().values().get(code) instanceof AnswerValue.Scale s
                          ? s.value()
                          : null;
        }
        case SINGLE, YES_NO -> {
          Map<String, Integer> numbers = new LinkedHashMap<>();
          Map<Integer, String> labels = new TreeMap<>();
          int n = 1;
          for (Option o : item.options()) {
            int value = item.type() == ItemType.YES_NO ? ("yes".equals(o.code()) ? 1 : 0) : n++;
            numbers.put(o.code(), value);
            labels.put(value, o.label());
            choices.add(new Column.Choice(o.code(), value, o.label()));
          }
          numbering.put(code, numbers);
          set = labelSet(base, labels);
          labelSetOf.put(code, set.name());
          variables.add(
              Variable.integer(
                  base,
                  item.text(),
                  Measure.NOMINAL,
                  labels.keySet().iterator().next(),
                  ((TreeMap<Integer, String>) labels).lastKey(),
                  set.name()));
          extractor =
              (r, row, at) ->
                  row[at] =
                      r.answers().values().get(code) instanceof AnswerValue.Choice c
                          ? numbers.get(c.code())
                          : null;
        }
        case MULTI -> {
          List<String> options = new ArrayList<>();
          int n = 1;
          for (Option o : item.options()) {
            choices.add(new Column.Choice(o.code(), n++, o.label()));
            options.add(o.code());
            variables.add(
                Variable.integer(
                    names.withSuffix(base, o.code()),
                    o.label() + " | " + item.text(),
                    Measure.NOMINAL,
                    0,
                    1,
                    CHOSEN));
          }
          extractor =
              (r, row, at) -> {
                if (r.answers().values().get(code) instanceof AnswerValue.Choices c) {
                  for (int i = 0; i < options.size(); i++) {
                    row[at + i] = c.codes().contains(options.get(i)) ? 1 : 0;
                  }
                }
              };
        }
        case RANKED -> {
          Map<String, Integer> numbers = new LinkedHashMap<>();
          Map<Integer, String> labels = new TreeMap<>();
          int n = 1;
          for (Option o : item.options()) {
            choices.add(new Column.Choice(o.code(), n, o.label()));
            numbers.put(o.code(), n);
            labels.put(n++, o.label());
          }
          set = labelSet(base, labels);
          for (int rank = 1; rank <= item.maxChoices(); rank++) {
            variables.add(
                Variable.integer(
                    names.withSuffix(base, "r" + rank),
                    "Rank " + rank + ": " + item.text(),
                    Measure.NOMINAL,
                    1,
                    item.options().size(),
                    set.name()));
          }
          int ranks = item.maxChoices();
          extractor =
              (r, row, at) -> {
                if (r.answers().values().get(code) instanceof AnswerValue.Choices c) {
                  for (int i = 0; i < ranks; i++) {
                    row[at + i] = i < c.codes().size() ? numbers.get(c.codes().get(i)) : null;
                  }
                }
              };
        }
        case TEXT -> {
          // the longest answer given; SPSS holds 32767 bytes, so a longer text (which the
          // platform never accepts from a respondent) is cut there, in the CSV it stays whole
          int width =
              Math.min(
                  Math.max(1, seen.textBytes.getOrDefault(code, 1)), Variable.MAX_STRING_WIDTH);
          variables.add(Variable.string(base, item.text(), width));
          extractor =
              (r, row, at) ->
                  row[at] =
                      r.answers().values().get(code) instanceof AnswerValue.Text t
                          ? fit(t.value(), width)
                          : null;
        }
        default -> { // NUMBER
          variables.add(Variable.decimal(base, item.text()));
          extractor =
              (r, row, at) ->
                  row[at] =
                      r.answers().values().get(code) instanceof AnswerValue.Number x
                          ? x.value()
                          : null;
        }
      }
      add(
          new Column(
              code,
              Column.Kind.ITEM,
              qi.instrumentId(),
              instrument.metadata().version(),
              item.type().code(),
              item.text(),
              source,
              lastChange.getOrDefault(code, 0),
              choices,
              item.min(),
              item.max(),
              item.required(),
              shownIf(qi),
              "",
              MISSING_ITEM,
              variables,
              set),
          extractor);
    }

    private ValueLabels labelSet(String base, Map<Integer, String> labels) {
      ValueLabels set = ValueLabels.of(base, labels);
      valueLabels.add(set);
      return set;
    }

    private static String shownIf(QuestionnaireItem qi) {
      var condition = qi.item().shownIf();
      if (condition == null) {
        return "";
      }
      return qi.instrumentId()
          + "."
          + condition.item()
          + " is "
          + condition.anyOf().stream().sorted().collect(Collectors.joining(" or "));
    }

    /**
     * The derived variables, instrument by instrument: those an instrument declares (SPI 1.5), in
     * its order, with its labels, codes and rule, whether or not any response has them; then any
     * the responses have that no instrument declares (an external plugin that declares none), in
     * name order and labelled generically, with the type and range seen.
     */
    void derived() {
      List<String> order = new ArrayList<>(instruments.keySet());
      java.util.Set<String> declared = new java.util.HashSet<>();
      for (Instrument instrument : instruments.values()) {
        for (DerivedVariable variable : instrument.derivedVariables()) {
          if (variable.name().startsWith(instrument.metadata().id() + ".")
              && declared.add(variable.name())) {
            declaredColumn(instrument, variable, seen.derived.get(variable.name()));
          }
        }
      }
      List<Map.Entry<String, Observations.Derived>> entries =
          new ArrayList<>(seen.derived.entrySet());
      entries.removeIf(e -> declared.contains(e.getKey()));
      entries.sort(
          (a, b) -> {
            int byInstrument =
                Integer.compare(order.indexOf(owner(a.getKey())), order.indexOf(owner(b.getKey())));
            return byInstrument != 0 ? byInstrument : a.getKey().compareTo(b.getKey());
          });
      for (var entry : entries) {
        derivedColumn(entry.getKey(), entry.getValue());
      }
    }

    /** A derived variable as its instrument declares it; {@code d} is what was seen, or null. */
    private void declaredColumn(
        Instrument instrument, DerivedVariable declared, Observations.Derived d) {
      String name = declared.name();
      String base = names.forCode("d", name);
      String label = declared.label();
      List<Column.Choice> choices = new ArrayList<>();
      Variable variable;
      String type;
      Cells extractor;
      ValueLabels set = null;
      switch (declared.type()) {
        case BINARY -> {
          type = "boolean";
          Map<Integer, String> labels = new TreeMap<>();
          for (Option o : declared.values()) {
            labels.put(Integer.parseInt(o.code()), o.label());
          }
          labels.forEach(
              (value, text) -> choices.add(new Column.Choice(String.valueOf(value), value, text)));
          set = labelSet(base, labels);
          variable = Variable.integer(base, label, Measure.NOMINAL, 0, 1, set.name());
          extractor =
              (r, row, at) ->
                  row[at] = r.derived().get(name) instanceof Boolean b ? (b ? 1 : 0) : null;
        }
        case CATEGORICAL -> {
          Map<String, Integer> numbers = numbers(declared);
          boolean numbered = declared.values().stream().allMatch(o -> isInteger(o.code()));
          Map<Integer, String> labels = new TreeMap<>();
          for (Option o : declared.values()) {
            int value = numbers.get(o.code());
            labels.put(value, o.label());
            choices.add(new Column.Choice(o.code(), value, o.label()));
          }
          set = labelSet(base, labels);
          int min = ((TreeMap<Integer, String>) labels).firstKey();
          int max = ((TreeMap<Integer, String>) labels).lastKey();
          // codes that are numbers are a scale's points (the Mini-Z level): ordered
          type = numbered ? "integer" : "text";
          variable =
              Variable.integer(
                  base, label, numbered ? Measure.ORDINAL : Measure.NOMINAL, min, max, set.name());
          extractor =
              (r, row, at) -> {
                Object value = r.derived().get(name);
                row[at] = value == null ? null : numbers.get(value.toString());
              };
        }
        case NUMBER -> {
          if (d != null
              && !d.mixed
              && d.type == Integer.class
              && d.min >= -Variable.MAX_INTEGER
              && d.max <= Variable.MAX_INTEGER) {
            type = "integer";
            variable = Variable.integer(base, label, Measure.SCALE, d.min, d.max, null);
          } else {
            type = "decimal";
            variable = Variable.decimal(base, label);
          }
          extractor =
              (r, row, at) -> row[at] = r.derived().get(name) instanceof Number x ? x : null;
        }
        default -> { // TEXT
          type = "text";
          int width = Math.min(Math.max(1, d == null ? 1 : d.maxBytes), Variable.MAX_STRING_WIDTH);
          variable = Variable.string(base, label, width);
          extractor =
              (r, row, at) -> {
                Object value = r.derived().get(name);
                row[at] = value == null ? null : fit(value.toString(), width);
              };
        }
      }
      add(
          new Column(
              DERIVED_PREFIX + name,
              Column.Kind.DERIVED,
              instrument.metadata().id(),
              instrument.metadata().version(),
              type,
              label,
              "",
              0,
              choices,
              null,
              null,
              false,
              "",
              declared.rule(),
              MISSING_DERIVED,
              List.of(variable),
              set),
          extractor);
    }

    /**
     * The Stata/SPSS number of each code of a categorical variable: the code itself when every code
     * is an integer; the item's number when the variable is an item's answer under the item's code
     * (demographics.age_band), so that both columns have the same numbers; else 1, 2, ... in the
     * declared order.
     */
    private Map<String, Integer> numbers(DerivedVariable declared) {
      Map<String, Integer> numbers = new LinkedHashMap<>();
      if (declared.values().stream().allMatch(o -> isInteger(o.code()))) {
        declared.values().forEach(o -> numbers.put(o.code(), Integer.parseInt(o.code())));
        return numbers;
      }
      Map<String, Integer> item = numbering.get(declared.name());
      if (item != null && declared.values().stream().allMatch(o -> item.containsKey(o.code()))) {
        declared.values().forEach(o -> numbers.put(o.code(), item.get(o.code())));
        return numbers;
      }
      int n = 1;
      for (Option o : declared.values()) {
        numbers.put(o.code(), n++);
      }
      return numbers;
    }

    private static boolean isInteger(String code) {
      if (code.isEmpty() || code.length() > 9) {
        return false;
      }
      for (int i = code.charAt(0) == '-' && code.length() > 1 ? 1 : 0; i < code.length(); i++) {
        if (!Character.isDigit(code.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private String owner(String variable) {
      return instruments.keySet().stream()
          .filter(id -> variable.startsWith(id + "."))
          .findFirst()
          .orElse("");
    }

    private void derivedColumn(String name, Observations.Derived d) {
      Instrument instrument = instruments.get(owner(name));
      String title = instrument.metadata().title();
      String base = names.forCode("d", name);
      String label = name + " (derived by " + title + ")";
      String rule =
          "computed by "
              + title
              + " "
              + instrument.metadata().version()
              + " from each response's answers, as in the report";
      List<Column.Choice> choices = new ArrayList<>();
      Variable variable;
      String type;
      Cells extractor;
      String labelSet = null;
      Class<?> kind = d.mixed ? String.class : d.type;
      Map<String, Integer> itemCodes = numbering.get(name);
      if (kind == Boolean.class) {
        type = "boolean";
        choices.add(new Column.Choice("1", 1, "Yes (true)"));
        choices.add(new Column.Choice("0", 0, "No (false)"));
        variable = Variable.integer(base, label, Measure.NOMINAL, 0, 1, FLAG);
        labelSet = FLAG;
        extractor =
            (r, row, at) ->
                row[at] = r.derived().get(name) instanceof Boolean b ? (b ? 1 : 0) : null;
      } else if (kind == Integer.class
          && d.min >= -Variable.MAX_INTEGER
          && d.max <= Variable.MAX_INTEGER) {
        type = "integer";
        variable = Variable.integer(base, label, Measure.SCALE, d.min, d.max, null);
        extractor = (r, row, at) -> row[at] = r.derived().get(name) instanceof Integer i ? i : null;
      } else if (kind == Integer.class || kind == Double.class) {
        type = "decimal";
        variable = Variable.decimal(base, label);
        extractor = (r, row, at) -> row[at] = r.derived().get(name) instanceof Number x ? x : null;
      } else if (itemCodes != null
          && d.values != null
          && itemCodes.keySet().containsAll(d.values)) {
        // the answer to an item, as its instrument publishes it: the item's numbers and labels
        type = "text";
        rule = "the answer to " + name + " (its option code), " + rule;
        labelSet = labelSetOf.get(name);
        for (Column c : columns) {
          if (c.name().equals(name)) {
            choices.addAll(c.choices());
          }
        }
        int min = itemCodes.values().stream().min(Integer::compare).orElse(0);
        int max = itemCodes.values().stream().max(Integer::compare).orElse(0);
        variable = Variable.integer(base, label, Measure.NOMINAL, min, max, labelSet);
        extractor =
            (r, row, at) ->
                row[at] = r.derived().get(name) instanceof String s ? itemCodes.get(s) : null;
      } else {
        type = "text";
        int width = Math.min(Math.max(1, d.maxBytes), Variable.MAX_STRING_WIDTH);
        variable = Variable.string(base, label, width);
        extractor =
            (r, row, at) -> {
              Object value = r.derived().get(name);
              row[at] = value == null ? null : fit(value.toString(), width);
            };
      }
      String setName = labelSet;
      ValueLabels set =
          valueLabels.stream().filter(s -> s.name().equals(setName)).findFirst().orElse(null);
      add(
          new Column(
              DERIVED_PREFIX + name,
              Column.Kind.DERIVED,
              instrument.metadata().id(),
              instrument.metadata().version(),
              type,
              label,
              "",
              0,
              choices,
              null,
              null,
              false,
              "",
              rule,
              MISSING_DERIVED,
              List.of(variable),
              set),
          extractor);
    }
  }
}
