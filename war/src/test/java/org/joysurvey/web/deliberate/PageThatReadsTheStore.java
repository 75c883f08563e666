package org.joysurvey.web.deliberate;

import org.joysurvey.response.ResponseStore;

/**
 * A web class that goes round the services to the store: a deliberate violation, for
 * LayeringRulesCatchViolationsTest.
 */
public final class PageThatReadsTheStore {
  public String store(ResponseStore store) {
    return store.toString();
  }
}
