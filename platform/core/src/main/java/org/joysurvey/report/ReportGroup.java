package org.joysurvey.report;

import java.util.List;
import java.util.Objects;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * One subgroup a report is restricted to: the derived variable of a subgroup dimension an
 * instrument of the edition declares, and one of its groups, written {@code
 * demographics.practice_mode:large-group}.
 */
public record ReportGroup(String variable, String code) implements java.io.Serializable {

  public ReportGroup {
    Objects.requireNonNull(variable, "A group names its variable.");
    Objects.requireNonNull(code, "A group names its code.");
  }

  /**
   * Reads {@code <variable>:<group>}.
   *
   * @throws InputRejectedException when it is not of that form
   */
  public static ReportGroup parse(String text) {
    int colon = text == null ? -1 : text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new InputRejectedException(
          "The report was not made.",
          List.of(
              Problem.at(
                  "group",
                  "write the group as <variable>:<group>, e.g."
                      + " demographics.practice_mode:large-group, not '"
                      + text
                      + "'")));
    }
    return new ReportGroup(text.substring(0, colon), text.substring(colon + 1));
  }

  /**
   * Why figures of this group ({@code what}: "report", "cross-tabulation") are refused when the
   * group or everyone else counts fewer than {@code threshold} respondents.
   */
  public Problem tooSmall(String what, int threshold) {
    return Problem.at(
        "group",
        "the "
            + what
            + " of "
            + this
            + " is refused: the group or everyone else counts fewer than "
            + threshold
            + " respondents, and the figures of the one would follow from the full"
            + " "
            + what
            + " minus those of the other");
  }

  @Override
  public String toString() {
    return variable + ":" + code;
  }
}
