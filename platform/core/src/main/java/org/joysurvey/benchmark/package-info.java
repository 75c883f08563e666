/**
 * Benchmark values: published figures of earlier years without raw data (a statistic key, its value
 * and, when published, the number of respondents), entered by the designer. Reports compare with
 * them where no more recent edition with raw data exists.
 */
package org.joysurvey.benchmark;
