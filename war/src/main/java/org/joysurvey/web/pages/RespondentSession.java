package org.joysurvey.web.pages;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * What a respondent's browser session remembers between pages: the editions it has submitted to (so
 * that the survey page brought back by the browser says "already received" rather than offering a
 * fresh form), and the one offer, per submission, to leave an address for the incentive. It holds
 * nothing that could link a person to a response: no response id, no answers, no token.
 */
@SessionScoped
public class RespondentSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Set<Long> submittedEditions = new HashSet<>();

  private final Set<Long> incentiveOffers = new HashSet<>();

  /** A response to the edition was stored from this session. */
  public synchronized void submitted(long editionId) {
    submittedEditions.add(editionId);
    incentiveOffers.add(editionId);
  }

  public synchronized boolean hasSubmitted(long editionId) {
    return submittedEditions.contains(editionId);
  }

  /** Whether the thank-you page may offer the incentive form; true once per submission. */
  public synchronized boolean takeIncentiveOffer(long editionId) {
    return incentiveOffers.remove(editionId);
  }
}
