/**
 * Labelled data files for statistics packages, written to their published specifications: Stata's
 * {@code .dta} format 118 ({@link DtaWriter}; "Description of the .dta file format",
 * https://www.stata.com/help.cgi?dta) and SPSS's system file {@code .sav} ({@link SavWriter}; GNU
 * PSPP's "System File Format" appendix,
 * https://www.gnu.org/software/pspp/pspp-dev/html_node/System-File-Format.html). No maintained Java
 * library writes either.
 *
 * <p>Both write the same neutral model: a {@link LabelledDataset} of {@link Variable}s (integer,
 * decimal, date or UTF-8 text, with a label, a measurement level and optionally a set of {@link
 * ValueLabels}), then rows one at a time, so that memory does not grow with the number of rows.
 * Both write to a file and patch the row count into the header when they are closed. Missing values
 * are written as the formats' system missing ({@code .} in Stata, SYSMIS in SPSS) and empty text.
 * The package knows nothing of surveys.
 */
package org.joysurvey.interchange.statfiles;
