package org.joysurvey.testkit;

import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;

/**
 * What the stand-ins share: they are there for their items and derived variables, not their
 * sections.
 */
final class StandIns {

  private StandIns() {}

  /** A section builder that reads nothing and builds a section with only a title. */
  static SectionBuilder emptySection(String title) {
    return new SectionBuilder() {
      @Override
      public void accept(ScoredResponse response) {}

      @Override
      public ReportSection build() {
        return ReportSection.builder(title).build();
      }
    };
  }
}
