package org.joysurvey.web.pages;

import java.io.Serializable;
import java.util.List;

/**
 * One item as the respondent form renders it: everything the page needs, serializable, nothing of
 * the plugin.
 *
 * @param type the item type code ({@code likert}, {@code yes-no} ...)
 * @param controlsOthers whether a shown-if condition of another item depends on it (the items it
 *     controls are then re-rendered when it changes)
 * @param shownBy the full code of the item whose answer decides whether this one is shown, or
 *     {@code null} when it is always shown
 * @param maxChoices for ranked items, how many options may be ranked
 */
public record FormItem(
    String code,
    String type,
    String text,
    List<FormOption> options,
    boolean required,
    boolean controlsOthers,
    String shownBy,
    int maxChoices,
    int maxLength)
    implements Serializable {

  /** The HTML id of the item's fieldset (or block), also what the tests find it by. */
  public String domId() {
    return domId(code);
  }

  /** The style class that marks the items whose visibility depends on this one. */
  public String dependentsClass() {
    return "shown-by-" + domId();
  }

  /**
   * The style classes of this item's block, by which ajax updates find it: its own, and {@link
   * #dependentsClass()} of its controlling item.
   */
  public String blockClass() {
    return "item-block block-" + domId() + (shownBy == null ? "" : " shown-by-" + domId(shownBy));
  }

  /** Radio buttons: one choice. */
  public boolean isOneChoice() {
    return type.equals("likert") || type.equals("single") || type.equals("yes-no");
  }

  public boolean isRanked() {
    return type.equals("ranked");
  }

  /** The label of an option, or its code when it has none. */
  public String label(String optionCode) {
    return options.stream()
        .filter(o -> o.code().equals(optionCode))
        .map(FormOption::label)
        .findFirst()
        .orElse(optionCode);
  }

  static String domId(String itemCode) {
    return "q-" + itemCode.replaceAll("[^A-Za-z0-9]", "-");
  }
}
