package org.joysurvey.disclosure;

import java.util.Optional;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * Small-cell suppression: a count, or a figure whose numerator or denominator, resting on fewer
 * than {@code threshold} respondents is not published, so that nobody can be singled out.
 */
public record SmallCellRule(int threshold) {

  /**
   * Free-text lists identify people more easily than numbers: they need at least this many texts.
   */
  public static final int MIN_TEXTS = 10;

  public SmallCellRule {
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "The suppression threshold must be at least 1, not " + threshold);
    }
  }

  /** A free-text list is withheld when fewer than max(10, threshold) respondents wrote one. */
  public Optional<Suppression> check(ReportTextList texts) {
    long needed = Math.max(MIN_TEXTS, threshold);
    if (texts.answered() < needed) {
      return Optional.of(
          new Suppression(texts.item(), "fewer than " + needed + " respondents wrote a text"));
    }
    return Optional.empty();
  }

  public Optional<Suppression> check(Statistic statistic) {
    if (statistic.basis() < threshold) {
      return Optional.of(
          new Suppression(statistic.key(), "rests on fewer than " + threshold + " respondents"));
    }
    if (statistic.numerator() != null && statistic.numerator() < threshold) {
      return Optional.of(
          new Suppression(statistic.key(), "counts fewer than " + threshold + " respondents"));
    }
    return Optional.empty();
  }
}
