/**
 * Statistical methods used by reports, on Apache Commons Math 3: Wilson intervals, chi-square tests
 * of independence with their effect sizes (phi, Cramér's V), the two-proportion z-test. Instrument
 * plugins may use them.
 */
package org.joysurvey.statistics;
