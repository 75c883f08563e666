package org.joysurvey.web.pages;

import java.io.Serializable;
import java.util.List;

/**
 * One item as the respondent form renders it: everything the page needs, serializable, nothing of
 * the plugin.
 *
 * @param type the item type code ({@code likert}, {@code yes-no} ...)
 * @param controlsOthers whether a shown-if condition of another item depends on it (the form then
 *     re-renders when it changes)
 * @param rankKeys for ranked items, the form keys of the rank slots ({@code code#1} ...)
 */
public record FormItem(
    String code, String type, String text, List<FormOption> options, boolean required, boolean controlsOthers,
    List<String> rankKeys, int maxLength) implements Serializable {

  public String domId() {
    return "q-" + code.replaceAll("[^A-Za-z0-9]", "-");
  }
}
