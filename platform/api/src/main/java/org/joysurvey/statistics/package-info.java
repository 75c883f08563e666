/**
 * Statistical methods used by reports, on Apache Commons Math 3: Wilson intervals, chi-square tests
 * of independence with their effect sizes (phi, Cramér's V), Fisher's exact test of a 2x2 table,
 * the two-proportion z-test. Instrument plugins may use them.
 *
 * <p>Since which version: {@code WilsonInterval}, {@code Interval}, {@code ContingencyTable} and
 * {@code ChiSquareResult} 1.0; {@code GroupedCounts} 1.1; {@code ChiSquareTail}, {@code
 * TwoProportionZTest} and {@code GroupedCounts.add(group, respondents, cases)} 1.2; {@code
 * FisherExactTest}, {@code ContingencyTable.of} and {@code ContingencyTable.expectedCounts} 1.5
 * (each marked {@code @since}). Nothing public has been removed so far, but this package is offered
 * as a convenience, without the written promise of {@code org.joysurvey.spi}. Nothing here is
 * {@link org.joysurvey.spi.PlatformInternal}.
 */
package org.joysurvey.statistics;
