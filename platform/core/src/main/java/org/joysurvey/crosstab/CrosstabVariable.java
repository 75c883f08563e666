package org.joysurvey.crosstab;

import java.util.List;
import java.util.Objects;

/**
 * A variable a cross-tabulation may put on its rows or columns: an item of the edition (single
 * choice, scale or yes-no) or a yes/no or categorical variable derived by an instrument's scoring.
 *
 * @param name how the API names it: an item's full code ({@code mini-z.burnout}), or {@code
 *     derived:} and the derived variable's name ({@code derived:mini-z.burnout}), since a derived
 *     variable may share its name with the item it is computed from
 * @param label the item's wording in this edition, or the derived variable's declared label (for an
 *     instrument that declares none, its title and the variable's name)
 * @param instrument the id of the instrument that asks or derives it
 * @param type the item type's code ({@code single}, {@code likert}, {@code yes-no}), or {@code
 *     derived} for a derived variable
 * @param categories the values, in order: the item's options, yes and no, or a categorical derived
 *     variable's declared codes
 */
public record CrosstabVariable(
    String name, String label, String instrument, String type, List<Category> categories) {

  /** The prefix of a derived variable's name. */
  public static final String DERIVED = "derived:";

  /** One value: its code (an option code, {@code yes}/{@code no}) and its label. */
  public record Category(String code, String label) {

    public Category {
      Objects.requireNonNull(code, "A category needs a code.");
      Objects.requireNonNull(label, "Category " + code + " needs a label.");
    }
  }

  public CrosstabVariable {
    Objects.requireNonNull(name, "A variable needs a name.");
    Objects.requireNonNull(label, "Variable " + name + " needs a label.");
    categories = List.copyOf(categories);
  }

  public boolean isDerived() {
    return name.startsWith(DERIVED);
  }

  /** The derived variable's name as scoring gives it, or the item's full code. */
  public String source() {
    return isDerived() ? name.substring(DERIVED.length()) : name;
  }
}
