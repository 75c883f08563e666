package org.joysurvey.narrative;

import jakarta.enterprise.context.ApplicationScoped;

/** STUB until the narrative branch lands. */
@ApplicationScoped
public class NarrativeService {
  public Narrative narrative(long editionId) {
    return Narrative.EMPTY;
  }
}
