package org.joysurvey.architecture.deliberate.cycle.a;

import org.joysurvey.architecture.deliberate.cycle.b.Egg;

/** Half of a deliberate package cycle, for LayeringRulesCatchViolationsTest only. */
public final class Chicken {
  public Egg lay() {
    return new Egg();
  }
}
