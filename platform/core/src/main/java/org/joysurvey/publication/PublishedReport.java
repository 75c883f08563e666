package org.joysurvey.publication;

import org.joysurvey.narrative.Narrative;

/**
 * A publication with its report, narrative and survey facts as they were published. A publication
 * stored before narratives and facts were kept has {@link Narrative#EMPTY} and only its responses
 * among the facts.
 */
public record PublishedReport(
    Publication publication, PublicReport report, Narrative narrative, SurveyFacts facts) {

  public PublishedReport {
    narrative = narrative == null ? Narrative.EMPTY : narrative;
    facts = facts == null ? SurveyFacts.responsesOnly(publication.responses()) : facts;
  }

  /** A publication without a narrative, with only its responses known among the facts. */
  public PublishedReport(Publication publication, PublicReport report) {
    this(publication, report, null, null);
  }
}
