package org.joysurvey.crosstab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.Settings;

/**
 * The variables an edition offers a cross-tabulation, and the check of the names a request gives.
 *
 * <p>Items come from the edition's questionnaire (its own wording where it has one). Derived
 * variables: an instrument that declares them ({@link Instrument#derivedVariables()}, SPI 1.5)
 * offers its binary and categorical ones, with its labels and codes. For one that declares none (an
 * external plugin built before 1.5), the yes/no ones are found by scoring: it scores a few probe
 * responses (every item answered with its first option, then every item with its second, and so on,
 * and one with nothing answered), and a variable it gives as {@code true} or {@code false}, and
 * never as anything else, is offered. A derived variable that only repeats an item under the item's
 * own code (telemedicine's {@code uses}, demographics' answers) is left out; the item is offered.
 */
final class CrosstabVariables {

  private static final Set<ItemType> CATEGORICAL =
      Set.of(ItemType.SINGLE, ItemType.LIKERT, ItemType.YES_NO);

  private static final List<CrosstabVariable.Category> YES_NO =
      List.of(
          new CrosstabVariable.Category("yes", "Yes"), new CrosstabVariable.Category("no", "No"));

  private CrosstabVariables() {}

  /** The items, then the derived variables, each in edition order. */
  static List<CrosstabVariable> offered(EditionSetup setup) {
    List<CrosstabVariable> offered = new ArrayList<>();
    Map<String, Item> items = new HashMap<>();
    for (QuestionnaireItem qi : setup.questionnaire().items()) {
      Item item = qi.item();
      if (!CATEGORICAL.contains(item.type())) {
        continue;
      }
      items.put(qi.code(), item);
      List<CrosstabVariable.Category> categories = new ArrayList<>();
      for (Option option : item.options()) {
        categories.add(
            new CrosstabVariable.Category(
                option.code(), option.label().isBlank() ? option.code() : option.label()));
      }
      offered.add(
          new CrosstabVariable(
              qi.code(), item.text(), qi.instrumentId(), item.type().code(), categories));
    }
    for (Instrument instrument : setup.instruments()) {
      List<DerivedVariable> declared = instrument.derivedVariables();
      if (!declared.isEmpty()) {
        for (DerivedVariable variable : declared) {
          if (!repeatsItem(variable, items.get(variable.name()))) {
            declared(instrument, variable).ifPresent(offered::add);
          }
        }
        continue;
      }
      String id = instrument.metadata().id();
      Settings settings = setup.settings().getOrDefault(id, Settings.NONE);
      for (String name : yesNoVariables(instrument, settings)) {
        if (items.containsKey(name) && items.get(name).type() == ItemType.YES_NO) {
          continue;
        }
        offered.add(
            new CrosstabVariable(
                CrosstabVariable.DERIVED + name,
                instrument.metadata().title()
                    + ": "
                    + name.substring(id.length() + 1).replace('_', ' ')
                    + " (derived, yes/no)",
                id,
                "derived",
                YES_NO));
      }
    }
    return offered;
  }

  /**
   * Whether a declared variable is only the answer to the item of the same code: a yes/no one of a
   * yes-no item, or a categorical one with the item's option codes. Mini-Z's burnout flag, named
   * like the scale item it is computed from, is not.
   */
  private static boolean repeatsItem(DerivedVariable variable, Item item) {
    if (item == null) {
      return false;
    }
    return switch (variable.type()) {
      case BINARY -> item.type() == ItemType.YES_NO;
      case CATEGORICAL ->
          variable.values().stream()
              .map(Option::code)
              .toList()
              .equals(item.options().stream().map(Option::code).toList());
      default -> false;
    };
  }

  /**
   * A declared binary variable (yes first, with the labels of 1 and 0) or categorical one (its
   * codes in order), or none for a number or text.
   */
  private static Optional<CrosstabVariable> declared(
      Instrument instrument, DerivedVariable variable) {
    List<CrosstabVariable.Category> categories = new ArrayList<>();
    switch (variable.type()) {
      case BINARY -> {
        categories.add(new CrosstabVariable.Category("yes", variable.labelOf("1")));
        categories.add(new CrosstabVariable.Category("no", variable.labelOf("0")));
      }
      case CATEGORICAL ->
          variable
              .values()
              .forEach(v -> categories.add(new CrosstabVariable.Category(v.code(), v.label())));
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(
        new CrosstabVariable(
            CrosstabVariable.DERIVED + variable.name(),
            variable.label() + " (derived)",
            instrument.metadata().id(),
            "derived",
            categories));
  }

  /** The derived variables {@code instrument} gives as true or false, and never otherwise. */
  static Set<String> yesNoVariables(Instrument instrument, Settings settings) {
    String prefix = instrument.metadata().id() + ".";
    List<Item> items = instrument.items();
    int most = items.stream().mapToInt(i -> i.options().size()).max().orElse(0);
    Set<String> yesNo = new TreeSet<>();
    Set<String> other = new HashSet<>();
    for (int probe = 0; probe <= Math.max(most, 1); probe++) {
      Map<String, AnswerValue> answers = new HashMap<>();
      if (probe < Math.max(most, 1)) {
        for (Item item : items) {
          AnswerValue value = probeAnswer(item, probe);
          if (value != null) {
            answers.put(prefix + item.code(), value);
          }
        }
      }
      DerivedVariables derived;
      try {
        derived = instrument.score(new Answers(answers), settings);
      } catch (RuntimeException e) {
        continue; // a probe the instrument does not expect: the others still tell
      }
      derived
          .values()
          .forEach(
              (name, value) -> {
                if (!name.startsWith(prefix)) {
                  return;
                }
                if (value instanceof Boolean) {
                  yesNo.add(name);
                } else {
                  other.add(name);
                }
              });
    }
    yesNo.removeAll(other);
    return yesNo;
  }

  /** The item's option {@code probe} (its last when it has fewer), or a plain value. */
  private static AnswerValue probeAnswer(Item item, int probe) {
    List<Option> options = item.options();
    String code =
        options.isEmpty() ? null : options.get(Math.min(probe, options.size() - 1)).code();
    return switch (item.type()) {
      case SINGLE, YES_NO -> new AnswerValue.Choice(code);
      case LIKERT -> new AnswerValue.Scale(Integer.parseInt(code));
      case MULTI, RANKED -> new AnswerValue.Choices(List.of(code));
      case NUMBER ->
          new AnswerValue.Number(
              item.min() != null ? item.min() : item.max() != null ? item.max() : BigDecimal.ONE);
      case TEXT -> new AnswerValue.Text("probe");
    };
  }

  /**
   * The variable {@code name} names, or the problem with it, at the query parameter {@code
   * parameter} ({@code rows}, {@code columns}).
   */
  static Resolved resolve(
      List<CrosstabVariable> offered, EditionSetup setup, String parameter, String name) {
    if (name == null || name.isBlank()) {
      return new Resolved(
          null,
          Problem.at(
              parameter,
              "name the variable of the "
                  + parameter
                  + ", an item's full code (mini-z.burnout) or derived:<name>"
                  + " (derived:mini-z.burnout); .../crosstab/variables lists them"));
    }
    String trimmed = name.strip();
    for (CrosstabVariable v : offered) {
      if (v.name().equals(trimmed)) {
        return new Resolved(v, null);
      }
    }
    Optional<QuestionnaireItem> item = setup.questionnaire().item(trimmed);
    if (item.isPresent()) {
      return new Resolved(
          null,
          Problem.at(
              parameter,
              "'"
                  + trimmed
                  + "' is a "
                  + item.get().item().type().code()
                  + " item; a cross-tabulation takes single-choice, scale (likert) and yes-no"
                  + " items and yes/no or categorical derived variables"));
    }
    if (trimmed.startsWith(CrosstabVariable.DERIVED)) {
      return new Resolved(
          null,
          Problem.at(
              parameter,
              "no instrument of this edition derives a yes/no or categorical variable '"
                  + trimmed.substring(CrosstabVariable.DERIVED.length())
                  + "'; .../crosstab/variables lists those it does"));
    }
    String derived = CrosstabVariable.DERIVED + trimmed;
    boolean isDerived = offered.stream().anyMatch(v -> v.name().equals(derived));
    return new Resolved(
        null,
        Problem.at(
            parameter,
            "this edition has no item '"
                + trimmed
                + "'"
                + (isDerived ? "; the derived variable of that name is " + derived : "")
                + "; .../crosstab/variables lists the variables it offers"));
  }

  /** A variable, or the problem with its name. */
  record Resolved(CrosstabVariable variable, Problem problem) {}
}
