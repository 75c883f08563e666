package org.joysurvey.statistics;

/** A confidence interval; both bounds are NaN when undefined (no observations). */
public record Interval(double low, double high) {

  public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);
}
