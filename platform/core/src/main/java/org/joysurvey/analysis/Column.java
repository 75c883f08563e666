package org.joysurvey.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.joysurvey.interchange.statfiles.ValueLabels;
import org.joysurvey.interchange.statfiles.Variable;

/**
 * One column of the CSV export, as the codebook describes it, and the Stata/SPSS variables it
 * becomes (one for most; one 0/1 per option of a multi item; one per rank of a ranked item).
 *
 * @param name the CSV column ({@code _submitted_on}, {@code mini-z.burnout}, {@code
 *     _derived.mini-z.burnout})
 * @param kind metadata, an item, or a derived variable
 * @param instrument the instrument's id ({@code ""} for metadata)
 * @param instrumentVersion its version now
 * @param type the item type ({@code likert}, {@code single}, ...) or, for others, {@code date},
 *     {@code integer}, {@code boolean}, {@code decimal}, {@code text}
 * @param label the item's wording as the edition asks it, or what the column holds
 * @param wordingSource {@code edition} when the edition words the item its own way, {@code
 *     instrument} when it uses the plugin's wording, {@code ""} for non-items
 * @param wordingVersion the edition's wording version that last changed the item (0: never)
 * @param choices the options: code in the CSV, value in Stata/SPSS, label
 * @param min the smallest number accepted, or {@code null}
 * @param max the largest, or {@code null}
 * @param required whether a respondent shown the item must answer it
 * @param shownIf when the item is shown ({@code ""}: always)
 * @param rule how a derived variable is computed
 * @param missing what an empty cell means
 * @param variables the Stata/SPSS variables
 * @param valueLabels their value labels, or {@code null}
 */
record Column(
    String name,
    Kind kind,
    String instrument,
    String instrumentVersion,
    String type,
    String label,
    String wordingSource,
    int wordingVersion,
    List<Choice> choices,
    BigDecimal min,
    BigDecimal max,
    boolean required,
    String shownIf,
    String rule,
    String missing,
    List<Variable> variables,
    ValueLabels valueLabels) {

  enum Kind {
    METADATA,
    ITEM,
    DERIVED;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An option: its code in the CSV, its number in Stata and SPSS, its label. */
  record Choice(String code, int value, String label) {}

  Column {
    choices = List.copyOf(choices);
    variables = List.copyOf(variables);
  }

  /** The Stata/SPSS variable names, comma-separated. */
  String variableNames() {
    return String.join(", ", variables.stream().map(Variable::name).toList());
  }
}
