/**
 * The edition's data for analysts: the codebook (every column of the export and every derived
 * variable, as CSV and as a Frictionless Table Schema), the responses with the derived variables,
 * Stata and SPSS files ({@link org.joysurvey.interchange.statfiles}), syntax that reads the CSV
 * with labels in Stata and R, and all of them together in one zip ({@link AnalysisExportService}).
 * Above {@code response} and beside {@code report}: it reads responses as the CSV export does and
 * scores them as a report does.
 */
package org.joysurvey.analysis;
