package org.joysurvey.interchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joysurvey.problem.Problem;

/**
 * One data row of an interchange CSV: its number (1 = the first row after the header), its item
 * cells keyed by full code, the {@code _submitted_on} day if given, and what was wrong with the row
 * itself (cell count, metadata) before any answer is validated.
 */
public record CsvRow(
    long number, Map<String, String> cells, LocalDate submittedOn, List<Problem> problems) {}
