package org.joysurvey.testing;

import java.util.Random;

/**
 * Runs a randomised check many times with plain JUnit: each try gets its own {@link Random}, seeded
 * from the test's fixed seed and the try's number, so a run is the same every time and a failure
 * names the seed and try that reproduce it. {@code -Djoysurvey.try=<seed>:<try>} runs only that one
 * try (for debugging a reported failure).
 */
public final class Tries {

  private Tries() {}

  /** One try of a check; {@code where} names the seed and try, for messages. */
  @FunctionalInterface
  public interface Check {
    void run(Random random, String where) throws Exception;
  }

  /** The random source of try {@code number} of {@code seed}. */
  public static Random random(long seed, int number) {
    return new Random(seed * 1_000_003L + number);
  }

  /**
   * Runs tries 0 to {@code tries - 1} of the check for the seed; the first failure ends the run.
   */
  public static void run(long seed, int tries, Check check) {
    String only = System.getProperty("joysurvey.try");
    for (int number = 0; number < tries; number++) {
      String id = seed + ":" + number;
      if (only != null && !only.equals(id)) {
        continue;
      }
      String where =
          "seed " + seed + ", try " + number + " (rerun alone: -Djoysurvey.try=" + id + ")";
      try {
        check.run(random(seed, number), where);
      } catch (AssertionError | Exception e) {
        if (e instanceof AssertionError && String.valueOf(e.getMessage()).startsWith(where)) {
          throw (AssertionError) e; // the check named the try itself
        }
        // keep the original failure as the cause; the message says which try it was
        throw new AssertionError(where + ": " + e, e);
      }
    }
  }
}
