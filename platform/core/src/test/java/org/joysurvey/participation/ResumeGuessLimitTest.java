package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResumeGuessLimitTest {

  private final ResumeGuessLimit limit = new ResumeGuessLimit(3, 100, Duration.ofMinutes(15));

  @Test
  void codesAreCheckedWhileBothCountsAreBelowTheirLimits() {
    assertFalse(limit.refuses(0, 0));
    assertFalse(limit.refuses(2, 99));
  }

  @Test
  void theAddressLimitRefusesOnceReached() {
    assertTrue(limit.refuses(3, 0));
    assertTrue(limit.refuses(4, 0));
  }

  @Test
  void theEditionLimitRefusesGuessesSpreadOverManyAddresses() {
    assertTrue(limit.refuses(0, 100));
  }

  @Test
  void limitsBelowOneOrAnEmptyWindowAreRefusedWithAClearMessage() {
    IllegalArgumentException low =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ResumeGuessLimit(0, 10, Duration.ofMinutes(1)));
    assertTrue(low.getMessage().contains("at least 1"), low.getMessage());
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class, () -> new ResumeGuessLimit(1, 10, Duration.ZERO));
    assertTrue(empty.getMessage().contains("positive"), empty.getMessage());
  }
}
