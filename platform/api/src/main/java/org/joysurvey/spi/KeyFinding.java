package org.joysurvey.spi;

/** STUB until the findings branch lands. */
public record KeyFinding(String statisticKey, String sentence) {
  public String fill(String value, String count, String basis, String change) {
    return sentence
        .replace("{value}", value)
        .replace("{count}", count)
        .replace("{basis}", basis)
        .replace("{change}", change);
  }
}
