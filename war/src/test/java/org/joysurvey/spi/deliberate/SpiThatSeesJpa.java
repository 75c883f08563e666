package org.joysurvey.spi.deliberate;

import jakarta.persistence.EntityManager;

/**
 * An API type that reaches JPA: a deliberate violation, for LayeringRulesCatchViolationsTest only.
 */
public final class SpiThatSeesJpa {
  public boolean open(EntityManager em) {
    return em.isOpen();
  }
}
