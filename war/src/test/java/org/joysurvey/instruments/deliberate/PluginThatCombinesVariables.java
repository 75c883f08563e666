package org.joysurvey.instruments.deliberate;

import java.util.List;
import org.joysurvey.spi.DerivedVariables;

/**
 * A plugin class that uses a @PlatformInternal API type: a deliberate violation, for
 * LayeringRulesCatchViolationsTest.
 */
public final class PluginThatCombinesVariables {
  public DerivedVariables combine(DerivedVariables own) {
    return new DerivedVariables.Combiner(List.of("x")).combine(List.of(own));
  }
}
