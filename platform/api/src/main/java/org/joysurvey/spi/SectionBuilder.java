package org.joysurvey.spi;

/**
 * Accumulates one report section over a single pass through an edition's responses. Keep only
 * counts (never the responses themselves): an edition may hold a million responses.
 */
public interface SectionBuilder {

  void accept(ScoredResponse response);

  ReportSection build();
}
