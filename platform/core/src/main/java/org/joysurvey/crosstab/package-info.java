/**
 * The cross-tabulation explorer of the live report: any single-choice, scale or yes-no item, or
 * yes/no or categorical derived variable, against any other ({@link CrosstabService}), with counts,
 * row and column percentages, Pearson's chi-square, Cramér's V and, for a 2x2 table, Fisher's exact
 * test. The table's cells and totals go through the report's own {@link
 * org.joysurvey.disclosure.DisclosureRule} as declared sums ({@link CrosstabDisclosure}); the tests
 * are withheld whenever a figure is. Above {@code report} (it reads responses through {@code
 * ReportService}), beneath the web layer.
 */
package org.joysurvey.crosstab;
