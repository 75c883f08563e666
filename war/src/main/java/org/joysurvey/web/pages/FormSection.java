package org.joysurvey.web.pages;

import java.io.Serializable;
import java.util.List;

/** One instrument's items: one page of the respondent form. */
public record FormSection(String instrumentId, String title, List<FormItem> items)
    implements Serializable {

  public boolean contains(String itemCode) {
    return items.stream().anyMatch(i -> i.code().equals(itemCode));
  }
}
