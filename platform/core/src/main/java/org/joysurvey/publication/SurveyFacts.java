package org.joysurvey.publication;

import java.time.LocalDate;

/**
 * What a report's methods say about how the survey ran, filled in from the data ({@link
 * PublicationService#facts}) and frozen into each publication.
 *
 * @param firstResponse the day of the first response stored with a day, or {@code null} (no
 *     response, or only imported ones without a day); responses keep their day and no time of day
 * @param lastResponse the day of the last such response, or {@code null}
 * @param invited how many were invited, or {@code null} when unknown
 * @param invitedSource where {@code invited} comes from: {@link #FROM_INVITATIONS} (the invitations
 *     this platform emailed), {@link #ENTERED} (the number a designer entered for an edition run
 *     elsewhere), or {@code null} when unknown
 * @param responses the edition's responses, all of them (a group's publication counts its own in
 *     {@link Publication#responses})
 */
public record SurveyFacts(
    LocalDate firstResponse,
    LocalDate lastResponse,
    Long invited,
    String invitedSource,
    long responses)
    implements java.io.Serializable {

  /** {@code invited} counts the invitations emailed from this platform. */
  public static final String FROM_INVITATIONS = "invitations";

  /** {@code invited} is the number a designer entered for an edition run elsewhere. */
  public static final String ENTERED = "entered";

  public SurveyFacts {
    if (invitedSource != null
        && !invitedSource.equals(FROM_INVITATIONS)
        && !invitedSource.equals(ENTERED)) {
      throw new IllegalArgumentException("Unknown source of the number invited: " + invitedSource);
    }
    if ((invited == null) != (invitedSource == null)) {
      throw new IllegalArgumentException("The number invited and its source go together.");
    }
  }

  /** Only the responses are known (a publication stored before the facts were kept). */
  public static SurveyFacts responsesOnly(long responses) {
    return new SurveyFacts(null, null, null, null, responses);
  }

  /** Responses over invited, or {@code null} when the number invited is unknown or zero. */
  public Double responseRate() {
    return invited == null || invited == 0 ? null : (double) responses / invited;
  }
}
