package org.joysurvey.participation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joysurvey.interchange.SpreadsheetCells;
import org.joysurvey.problem.Problem;

/**
 * Reads a list of invitees: a CSV file of email addresses, one a row, streamed.
 *
 * <ul>
 *   <li>The header is optional. If the first row has a cell {@code email} (in any case), it is the
 *       header, the addresses are in that column and other columns (a name, a member number) are
 *       ignored. Otherwise every row is one address and must have exactly one cell. ("email" is not
 *       an address, so a header is never mistaken for one.)
 *   <li>Rows are numbered as in the response import: 1 is the first row after the header, or the
 *       first row of a file without one. Empty lines are skipped and not counted; a row of empty
 *       cells is counted and skipped.
 *   <li>Each address is {@link EmailAddresses#normalize normalised} and checked; every bad row is
 *       reported with its number and the column {@code email}.
 *   <li>An address that repeats one earlier in the file, or one already invited to the edition
 *       (ignoring case: {@link #key}), is skipped and counted, not reported: uploading a longer
 *       version of the same list adds only the new people.
 * </ul>
 *
 * Valid new addresses go to the sink as they are read, as long as no problem has been found; the
 * caller stores them in its transaction and rolls it back if the result has problems, so a file is
 * imported whole or not at all. Memory holds the lower-cased addresses seen, never the rows.
 */
public final class InviteeCsv {

  /** The header cell that names the column of addresses. */
  public static final String COLUMN = "email";

  /** Beyond this many problems reading stops listing them. */
  static final int MAX_PROBLEMS = 1000;

  /** What a file gave: addresses added, skipped as already invited or repeated, and problems. */
  public record Result(int added, int alreadyInvited, int repeated, List<Problem> problems) {

    public Result {
      problems = List.copyOf(problems);
    }

    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private InviteeCsv() {}

  /**
   * Reads {@code input} and hands each valid address that is neither invited already ({@code
   * invited} is asked with the {@link #key key}) nor repeated to {@code sink}, until the first
   * problem.
   */
  public static Result read(Reader input, Predicate<String> invited, Consumer<String> sink) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int added = 0;
    int alreadyInvited = 0;
    int repeated = 0;
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = CSVParser.parse(input, format)) {
      Integer column = null; // the header's email column; null: no header, one address a row
      boolean first = true;
      long row = 0;
      long rowsWithText = 0;
      for (CSVRecord record : parser) {
        if (problems.size() >= MAX_PROBLEMS) {
          problems.add(
              new Problem(
                  null,
                  null,
                  "more problems may follow; the first " + MAX_PROBLEMS + " are listed"));
          break;
        }
        if (first) {
          first = false;
          column = headerColumn(record).orElse(null);
          if (column != null) {
            continue;
          }
        }
        row++;
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        rowsWithText++;
        String cell;
        if (column == null) {
          if (record.size() != 1) {
            problems.add(
                new Problem(
                    row,
                    COLUMN,
                    "has "
                        + record.size()
                        + " cells; without a header row 'email'"
                        + " every row must be one address"));
            continue;
          }
          cell = record.get(0);
        } else {
          cell = column < record.size() ? record.get(column) : "";
        }
        // the incentive export's apostrophe before a cell a spreadsheet would read as a formula
        cell = SpreadsheetCells.restore(stripBom(cell).strip());
        if (cell.indexOf('\uFFFD') >= 0) {
          problems.add(
              new Problem(
                  row,
                  COLUMN,
                  "holds U+FFFD, the mark of bytes that are not UTF-8: save the file as UTF-8"));
          continue;
        }
        Optional<String> normalized = EmailAddresses.normalize(cell);
        if (normalized.isEmpty()) {
          problems.add(new Problem(row, COLUMN, EmailAddresses.problem(cell)));
          continue;
        }
        String address = normalized.get();
        String key = key(address);
        if (!seen.add(key)) {
          repeated++;
        } else if (invited.test(key)) {
          alreadyInvited++;
        } else {
          added++;
          if (problems.isEmpty()) {
            sink.accept(address);
          }
        }
      }
      if (problems.isEmpty() && rowsWithText == 0) {
        problems.add(new Problem(null, COLUMN, "the file holds no email address"));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports malformed quoting as an UncheckedIOException while iterating
      problems.add(new Problem(null, null, "the file could not be read as CSV: " + e.getMessage()));
    }
    return new Result(problems.isEmpty() ? added : 0, alreadyInvited, repeated, problems);
  }

  /**
   * Two addresses are the same invitee when their keys are equal: the whole address in lower case.
   * Mail servers treat local parts case-insensitively in practice, and inviting one person twice
   * would skew the response rate.
   */
  public static String key(String address) {
    return address.toLowerCase(Locale.ROOT);
  }

  /** The position of the {@code email} cell if the row is a header. */
  private static Optional<Integer> headerColumn(CSVRecord first) {
    for (int i = 0; i < first.size(); i++) {
      if (stripBom(first.get(i)).strip().toLowerCase(Locale.ROOT).equals(COLUMN)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static String stripBom(String cell) {
    return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
  }
}
