package org.joysurvey.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A subgroup dimension an instrument offers the other sections of an edition, declared in {@link
 * Instrument#subgroups()}: one of its own single-choice (or yes-no) items, whose answer the
 * instrument publishes as the derived variable of the item's full code ({@code
 * demographics.age_band} = {@code "36-45"}). The platform takes the groups, in order, from the
 * item's options, and hands the dimensions of every instrument of the edition to each section in
 * {@link ReportContext#subgroups()}.
 *
 * @param item the item's short code ({@code age_band}); it also names the dimension in statistic
 *     keys ({@code mini-z.by.age_band.36-45.burnout_rate})
 * @param title how a table names the dimension ({@code "Age band"})
 * @param labels shorter labels for tables, by option code ({@code "25-35"} for the option "25 to
 *     35"); an option not listed is labelled with its own label
 * @since 1.3
 */
public record SubgroupDimension(String item, String title, Map<String, String> labels) {

  public SubgroupDimension {
    Objects.requireNonNull(item, "A subgroup dimension names an item.");
    Objects.requireNonNull(title, "Subgroup dimension " + item + " needs a title.");
    labels = Map.copyOf(labels);
  }

  /** A dimension whose groups are labelled with the options' own labels. */
  public static SubgroupDimension of(String item, String title) {
    return new SubgroupDimension(item, title, Map.of());
  }

  /**
   * This declaration resolved against the items of the instrument {@code instrumentId}: the
   * dimension as sections see it. The platform calls this; a plugin need not.
   *
   * @throws IllegalArgumentException when the item is missing, has no single answer among options,
   *     or {@link #labels} names an option it does not have
   */
  public Subgroups.Dimension resolve(String instrumentId, List<Item> items) {
    Item found =
        items.stream()
            .filter(i -> i.code().equals(item))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("subgroup dimension '" + item + "' is no item"));
    if (found.type() != ItemType.SINGLE && found.type() != ItemType.YES_NO) {
      throw new IllegalArgumentException(
          "subgroup dimension '"
              + item
              + "' is a "
              + found.type().code()
              + " item, not a single or yes-no one");
    }
    for (String code : labels.keySet()) {
      if (found.option(code).isEmpty()) {
        throw new IllegalArgumentException(
            "subgroup dimension '" + item + "' labels '" + code + "', which is no option");
      }
    }
    List<Subgroups.Group> groups =
        found.options().stream()
            .map(o -> new Subgroups.Group(o.code(), labels.getOrDefault(o.code(), o.label())))
            .toList();
    return new Subgroups.Dimension(item, instrumentId + "." + item, title, groups);
  }
}
