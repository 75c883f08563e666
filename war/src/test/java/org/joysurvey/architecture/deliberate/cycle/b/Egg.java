package org.joysurvey.architecture.deliberate.cycle.b;

import org.joysurvey.architecture.deliberate.cycle.a.Chicken;

/** The other half of a deliberate package cycle, for LayeringRulesCatchViolationsTest only. */
public final class Egg {
  public Chicken hatch() {
    return new Chicken();
  }
}
