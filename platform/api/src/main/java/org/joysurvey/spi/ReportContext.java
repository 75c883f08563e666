package org.joysurvey.spi;

import java.util.Set;

/**
 * What a report section may know about its edition: this instrument's settings, the ids of every
 * instrument in the edition (so that a cross-instrument statistic appears only when the other
 * instrument's derived variables will be there) and the subgroup dimensions the edition's
 * instruments offer.
 *
 * @param settings this instrument's settings
 * @param instrumentsInEdition the ids of every instrument of the edition, this one included
 * @param subgroups the subgroup dimensions declared by the edition's instruments ({@link
 *     Instrument#subgroups()}), {@link Subgroups#NONE} when there are none; since 1.3
 */
public record ReportContext(
    Settings settings, Set<String> instrumentsInEdition, Subgroups subgroups) {

  /**
   * @since 1.3
   */
  public ReportContext {
    instrumentsInEdition = Set.copyOf(instrumentsInEdition);
    subgroups = subgroups == null ? Subgroups.NONE : subgroups;
  }

  /**
   * The 1.0 form, without subgroups ({@link Subgroups#NONE}); kept so that code built against 1.0
   * still works.
   */
  public ReportContext(Settings settings, Set<String> instrumentsInEdition) {
    this(settings, instrumentsInEdition, Subgroups.NONE);
  }

  public boolean editionHas(String instrumentId) {
    return instrumentsInEdition.contains(instrumentId);
  }
}
