package org.joysurvey.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.joysurvey.architecture.deliberate.cycle.a.Chicken;
import org.joysurvey.architecture.deliberate.cycle.b.Egg;
import org.joysurvey.instruments.deliberate.PluginThatCombinesVariables;
import org.joysurvey.instruments.deliberate.PluginThatReachesThePlatform;
import org.joysurvey.instruments.miniz.MiniZ;
import org.joysurvey.spi.deliberate.SpiThatSeesJpa;
import org.joysurvey.web.deliberate.PageThatReadsTheStore;
import org.junit.jupiter.api.Test;

/**
 * Each layering rule fails on a deliberate violation (test classes under {@code deliberate}
 * packages, which {@link LayeringTest} does not import), and names the offending class: a rule that
 * never fails checks nothing.
 */
class LayeringRulesCatchViolationsTest {

  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter()
          .importClasses(
              Chicken.class,
              Egg.class,
              PluginThatReachesThePlatform.class,
              PluginThatCombinesVariables.class,
              SpiThatSeesJpa.class,
              PageThatReadsTheStore.class);

  private static void assertViolatedBy(ArchRule rule, String offender) {
    EvaluationResult result = rule.evaluate(VIOLATIONS);
    assertTrue(
        result.hasViolation(), () -> "the rule should have failed: " + rule.getDescription());
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(
        report.contains(offender), () -> "the failure should name " + offender + ":\n" + report);
  }

  @Test
  void aPackageCycleIsFound() {
    assertViolatedBy(LayeringRules.NO_PACKAGE_CYCLES, "Chicken");
  }

  @Test
  void aPluginThatUsesThePlatformBehindTheApiIsFound() {
    assertViolatedBy(LayeringRules.PLUGINS_USE_ONLY_THE_API, "PluginThatReachesThePlatform");
  }

  @Test
  void aPluginThatUsesAPlatformInternalTypeIsFound() {
    assertViolatedBy(
        LayeringRules.PLUGINS_NEVER_USE_PLATFORM_INTERNALS, "PluginThatCombinesVariables");
  }

  @Test
  void anApiTypeThatSeesJakartaEeIsFound() {
    assertViolatedBy(LayeringRules.API_IS_PLAIN_JAVA, "SpiThatSeesJpa");
    assertViolatedBy(LayeringRules.API_NEVER_REACHES_JPA_JSF_OR_JAX_RS, "SpiThatSeesJpa");
  }

  @Test
  void aWebClassThatGoesRoundTheServicesIsFound() {
    assertViolatedBy(
        LayeringRules.WEB_USES_PLATFORM_ONLY_THROUGH_SERVICES, "PageThatReadsTheStore");
  }

  @Test
  void classesThatKeepTheRulesPassThem() {
    assertFalse(
        LayeringRules.NO_PACKAGE_CYCLES
            .evaluate(new ClassFileImporter().importClasses(Egg.class))
            .hasViolation(),
        "one half of the cycle alone is no cycle");
    assertFalse(
        LayeringRules.PLUGINS_USE_ONLY_THE_API
            .evaluate(new ClassFileImporter().importClasses(MiniZ.class))
            .hasViolation(),
        "a built-in plugin keeps to the API");
  }
}
