package org.joysurvey.spi;

import java.util.Set;

/**
 * What a report section may know about its edition: this instrument's settings and the ids of
 * every instrument in the edition (so that a cross-instrument statistic appears only when the other
 * instrument's derived variables will be there).
 */
public record ReportContext(Settings settings, Set<String> instrumentsInEdition) {

  public ReportContext {
    instrumentsInEdition = Set.copyOf(instrumentsInEdition);
  }

  public boolean editionHas(String instrumentId) {
    return instrumentsInEdition.contains(instrumentId);
  }
}
