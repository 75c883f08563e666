package org.joysurvey.participation;

import java.time.Duration;

/**
 * How many wrong resume codes are allowed within a window before further codes are refused unread:
 * from one address (across editions), and for one edition from all addresses together.
 *
 * <p>A resume code has 80 random bits, so guessing one is hopeless anyway; the limit keeps a script
 * from trying codes by the million against a public link, and bounds the work it makes. The
 * per-address limit is low and concerns codes only: ordinary visits are never counted per address
 * (a hospital's physicians may share one). The per-edition limit catches guesses spread over many
 * addresses; while it holds, resuming that edition waits out the window for everyone, and starting
 * afresh or answering by invitation is unaffected.
 *
 * @param perAddress wrong codes from one address within the window before its codes are refused
 * @param perEdition wrong codes for one edition within the window before its codes are refused
 */
public record ResumeGuessLimit(int perAddress, int perEdition, Duration window) {

  public static final ResumeGuessLimit DEFAULT =
      new ResumeGuessLimit(10, 1000, Duration.ofMinutes(15));

  public ResumeGuessLimit {
    if (perAddress < 1 || perEdition < 1) {
      throw new IllegalArgumentException(
          "resume-code guess limits must be at least 1 (per address "
              + perAddress
              + ", per edition "
              + perEdition
              + ")");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "the resume-code guess window must be positive: " + window);
    }
  }

  /** Whether a code is refused unread, given the wrong codes counted within the window. */
  public boolean refuses(long wrongFromAddress, long wrongForEdition) {
    return wrongFromAddress >= perAddress || wrongForEdition >= perEdition;
  }
}
