package org.joysurvey.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How counts of a section add up: the respondents counted by a total are those counted by its
 * parts, plus possibly some counted by no part (the remainder, e.g. those who did not give their
 * practice mode). A section declares its sums so that the platform can make sure a withheld count
 * cannot be recomputed by subtraction from the counts it publishes (complementary suppression): the
 * platform, not the plugin, decides what else to withhold.
 *
 * <p>A count is a statistic's {@link Statistic#numerator() numerator} or its {@link
 * Statistic#basis() basis}; of a {@link Statistic.Kind#COUNT COUNT} both are its value. Declare
 * every sum a reader could find on the page: the points of a scale that make up a "positive" line,
 * the options of a single-choice item that make up those who answered it, the groups of a subgroup
 * table that make up its total, the Venn regions that make up a service's users.
 *
 * @param total the statistic whose count is the total; {@code null} for the common basis of the
 *     parts (see {@link #shares})
 * @param totalTerm which count of {@code total}
 * @param parts the statistics whose counts add up to it (at least one)
 * @param partsTerm which count of each part
 * @since 1.4
 */
public record Sum(String total, Term totalTerm, List<String> parts, Term partsTerm) {

  /** Which of a statistic's two counts a sum refers to. */
  public enum Term {
    /** The respondents counted by the statistic ({@code numerator}). */
    NUMERATOR,
    /** The respondents it rests on ({@code basis}). */
    BASIS
  }

  public Sum {
    Objects.requireNonNull(totalTerm, "A sum says which count its total is.");
    Objects.requireNonNull(partsTerm, "A sum says which count its parts are.");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("A sum needs at least one part.");
    }
    if (total == null && totalTerm != Term.BASIS) {
      throw new IllegalArgumentException(
          "A sum without a total statistic adds up to the parts' common basis.");
    }
  }

  /**
   * The numerators of {@code parts} add up to the numerator of {@code total}: a "positive (4-6)"
   * line and its scale points, a service's users and the Venn regions inside it.
   */
  public static Sum of(String total, List<String> parts) {
    return new Sum(total, Term.NUMERATOR, parts, Term.NUMERATOR);
  }

  /**
   * The numerators of {@code parts}, proportions with one common basis, add up to that basis: the
   * options of a single-choice or scale item, of which every respondent who answered chose exactly
   * one.
   */
  public static Sum shares(List<String> parts) {
    return new Sum(null, Term.BASIS, parts, Term.NUMERATOR);
  }

  /**
   * The numerators of {@code parts} add up to the basis of {@code total}: the Venn regions of three
   * services within the respondents who answered (those who used none are the remainder).
   */
  public static Sum within(String total, List<String> parts) {
    return new Sum(total, Term.BASIS, parts, Term.NUMERATOR);
  }

  /**
   * A breakdown by subgroup: numerators and bases of {@code parts} add up to those of {@code total}
   * (a respondent without a group is in the total only). Two sums.
   */
  public static List<Sum> groups(String total, List<String> parts) {
    List<Sum> sums = new ArrayList<>(2);
    sums.add(new Sum(total, Term.NUMERATOR, parts, Term.NUMERATOR));
    sums.add(new Sum(total, Term.BASIS, parts, Term.BASIS));
    return sums;
  }
}
