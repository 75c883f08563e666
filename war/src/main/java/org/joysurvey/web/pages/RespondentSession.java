package org.joysurvey.web.pages;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * What a respondent's browser session remembers between pages: the editions it has submitted to
 * (so that the survey page brought back by the browser says "already received" rather than offering
 * a fresh form). It holds nothing that could link a person to a response: no response id, no
 * answers, no token.
 */
@SessionScoped
public class RespondentSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Set<Long> submittedEditions = new HashSet<>();

  public synchronized void markSubmitted(long editionId) {
    submittedEditions.add(editionId);
  }

  public synchronized boolean hasSubmitted(long editionId) {
    return submittedEditions.contains(editionId);
  }
}
