package org.joysurvey.instruments.deliberate;

import org.joysurvey.disclosure.SmallCellRule;

/**
 * A plugin class that uses the platform behind the API: a deliberate violation, for
 * LayeringRulesCatchViolationsTest.
 */
public final class PluginThatReachesThePlatform {
  public int threshold() {
    return new SmallCellRule(5).threshold();
  }
}
