package org.joysurvey.instruments.demographics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joysurvey.spi.Item;
import org.junit.jupiter.api.Test;

class PopulationTest {

  private static final Item AGE = new Demographics().items().get(0);
  private static final Item GENDER = new Demographics().items().get(1);

  private static double[] shares(String text, Item item) {
    return assertInstanceOf(Population.Entered.class, Population.parse(text, item)).shares();
  }

  private static String reason(String text, Item item) {
    return assertInstanceOf(Population.Invalid.class, Population.parse(text, item)).reason();
  }

  @Test
  void emptyMeansNotEntered() {
    assertInstanceOf(Population.NotEntered.class, Population.parse("", AGE));
    assertInstanceOf(Population.NotEntered.class, Population.parse("   \n", AGE));
    assertInstanceOf(Population.NotEntered.class, Population.parse(null, AGE));
  }

  @Test
  void proportionsInOptionOrderWithUnnamedOptionsAtZero() {
    // the spec's 2020 age distribution; under-25 is not named
    assertArrayEquals(
        new double[] {0, 0.12, 0.32, 0.31, 0.18, 0.07},
        shares("25-35:0.12,36-45:0.32,46-55:0.31,56-65:0.18,65+:0.07", AGE),
        1e-12);
  }

  @Test
  void countsAndPercentagesAreRescaledToOne() {
    // 2,920 men and 2,500 women: 2920 / 5420 and 2500 / 5420
    assertArrayEquals(
        new double[] {2920.0 / 5420, 2500.0 / 5420, 0, 0, 0},
        shares("female: 2500 ; male : 2920", GENDER),
        1e-12);
    assertArrayEquals(
        new double[] {0.54, 0.46, 0, 0, 0}, shares("male:54%,female:46 %", GENDER), 1e-12);
    // proportions that do not quite add up: 0.5 + 0.3 = 0.8 -> 0.625, 0.375
    assertArrayEquals(
        new double[] {0.625, 0.375, 0, 0, 0}, shares("male=0.5\nfemale=0.3", GENDER), 1e-12);
  }

  @Test
  void codesAreReadIgnoringCaseAndSpacesAndATrailingComma() {
    assertArrayEquals(
        new double[] {0.5, 0.5, 0, 0, 0}, shares(" Male:1, FEMALE:1, ", GENDER), 1e-12);
  }

  @Test
  void anExplicitZeroIsAllowed() {
    assertArrayEquals(
        new double[] {0.5, 0.5, 0, 0, 0}, shares("male:1,female:1,nonbinary:0", GENDER), 1e-12);
  }

  @Test
  void malformedValuesSayWhatIsWrong() {
    assertTrue(
        reason("male 0.54, female 0.46", GENDER)
            .contains("'male 0.54' is not of the form option:share"));
    assertTrue(reason("men:0.54,women:0.46", GENDER).contains("'men' is not an option of gender"));
    assertTrue(
        reason("men:0.54,women:0.46", GENDER)
            .contains("male, female, nonbinary, self-describe, prefer-not"));
    assertTrue(
        reason("male:0.5,female:0.3,male:0.2", GENDER).contains("'male' is given more than once"));
    assertTrue(reason("male:half,female:0.5", GENDER).contains("'half', is not a number"));
    assertTrue(reason("male:-0.1,female:1.1", GENDER).contains("0 or more"));
    assertTrue(reason("male:NaN,female:1", GENDER).contains("0 or more"));
    assertTrue(reason("male:1e999,female:1", GENDER).contains("0 or more"));
    assertTrue(reason("male:1", GENDER).contains("at least two options"));
    assertTrue(reason("male:0,female:0", GENDER).contains("at least two options"));
    assertTrue(reason(",,,", GENDER).contains("at least two options"));
  }

  @Test
  void aLongBadEntryIsShortenedInTheReason() {
    String reason = reason("x".repeat(300) + ":1,male:1", GENDER);
    assertTrue(reason.length() < 200, reason);
    assertEquals(-1, reason.indexOf("x".repeat(41)));
  }
}
