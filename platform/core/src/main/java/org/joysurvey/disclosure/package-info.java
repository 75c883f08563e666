/**
 * The disclosure rule: what of a report section may not be published. {@link
 * org.joysurvey.disclosure.SmallCellRule} withholds figures resting on fewer than k respondents
 * (primary suppression); {@link org.joysurvey.disclosure.DisclosureRule} adds complementary
 * suppression, so that no withheld count can be recomputed from the published ones through the sums
 * the section declares ({@link org.joysurvey.spi.Sum}). Every report, live or published, goes
 * through it; plugins never decide what to withhold.
 */
package org.joysurvey.disclosure;
