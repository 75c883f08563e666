package org.joysurvey.report;

import org.joysurvey.disclosure.Suppression;

/**
 * A proportion of this edition set against the same statistic of an earlier year: an earlier
 * edition's raw data, or a benchmark value the designer entered.
 *
 * @param key the statistic key
 * @param year the earlier year
 * @param source {@code "edition <id>"}, or the benchmark's source
 * @param previous the earlier share ({@code NaN} when undefined there)
 * @param numerator the earlier count, {@code null} when not known (a benchmark published without
 *     its number of respondents)
 * @param denominator the earlier number of respondents; {@code null} exactly when {@code numerator}
 *     is
 * @param differencePoints (this share - the earlier share) x 100, in percentage points
 * @param z the two-proportion z-test of this share against the earlier one (positive: higher now);
 *     {@code NaN} when it cannot be computed (no counts, or no variance)
 * @param pValue its two-sided p-value, {@code NaN} with z
 * @param suppressed why the earlier figure (and so the change) must not be published, or {@code
 *     null}: the small-cell rule applied to the earlier statistic
 */
public record Comparison(
    String key,
    int year,
    String source,
    double previous,
    Long numerator,
    Long denominator,
    double differencePoints,
    double z,
    double pValue,
    Suppression suppressed) {

  public boolean isTested() {
    return !Double.isNaN(z);
  }
}
