package org.joysurvey.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the fault tests share about where they run. */
final class ProcessTests {

  private ProcessTests() {}

  /**
   * The fault tests start and kill servers of their own, once per build, in failsafe's {@code
   * it-processes} execution ({@code joy.test.processes}); {@code -Dit.test=...} would otherwise run
   * them in every execution.
   */
  static void requireOwnServers() {
    assumeTrue(
        Boolean.getBoolean("joy.test.processes"),
        "runs in the it-processes execution only (war/pom.xml)");
  }
}
