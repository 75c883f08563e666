package org.joysurvey.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChiSquareTailTest {

  @Test
  void twoDegreesOfFreedomIsAnExponentialTail() {
    // chi-square with 2 df is exponential with mean 2: P(X >= x) = exp(-x / 2)
    assertEquals(Math.exp(-4.375), ChiSquareTail.upper(8.75, 2), 1e-15);
    assertEquals(
        Math.exp(-40), ChiSquareTail.upper(80, 2), 1e-30, "keeps precision far below 1e-16");
  }

  @Test
  void oneDegreeOfFreedomMatchesTheNormalTail() {
    // chi-square(1) is Z^2: P(X >= 3.841458820694124) = P(|Z| >= 1.959963984540054) = 0.05
    assertEquals(0.05, ChiSquareTail.upper(3.841458820694124, 1), 1e-12);
  }
}
