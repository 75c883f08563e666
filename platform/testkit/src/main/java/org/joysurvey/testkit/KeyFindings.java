package org.joysurvey.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.Statistic;

/**
 * Checks an instrument's {@link Instrument#keyFindings() key findings} (SPI 1.5) against a section
 * the {@link InstrumentTestKit} computed: that each names a statistic the section has, so that the
 * white paper of a published report can state it.
 *
 * <pre>{@code
 * SectionResult section = InstrumentTestKit.of(new SleepHours())
 *     .section("sleep-hours", CohortFixture.rows("sleep-hours."));
 * List<Statistic> figures =
 *     KeyFindings.assertEveryKeyFindingNamesAStatistic(new SleepHours(), section);
 * }</pre>
 */
public final class KeyFindings {

  private KeyFindings() {}

  /**
   * Fails the test with an {@link AssertionError} that lists every problem unless each of the
   * instrument's key findings names, under a full key of its own ({@code <id>.<name>}) and only
   * once, a statistic of {@code section} that is a {@link Statistic.Kind#PROPORTION PROPORTION} or
   * a {@link Statistic.Kind#COUNT COUNT}: a figure with a numerator and a basis, which the platform
   * can state and, for a proportion, compare with an earlier year. Whether the statistic is
   * withheld does not matter here: the platform then leaves the finding out.
   *
   * @param section the instrument's section, best over many responses (the cohort-200 fixture), so
   *     that statistics that appear only with some answers are there
   * @return the statistics the findings name, in the findings' order
   */
  public static List<Statistic> assertEveryKeyFindingNamesAStatistic(
      Instrument instrument, SectionResult section) {
    String id = instrument.metadata().id();
    if (!id.equals(section.instrument())) {
      throw new AssertionError(
          "the section is the one of " + section.instrument() + ", not of " + id);
    }
    List<KeyFinding> findings = instrument.keyFindings();
    if (findings == null) {
      throw new AssertionError(id + ": keyFindings() returned null; return List.of() for none");
    }
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> problems = new ArrayList<>();
    List<Statistic> named = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (KeyFinding finding : findings) {
      if (finding == null) {
        problems.add("a key finding is null");
        continue;
      }
      String key = finding.statisticKey();
      if (!seen.add(key)) {
        problems.add(key + " is named by more than one key finding");
      }
      if (!key.startsWith(id + ".")) {
        problems.add(key + " is no key of " + id + "'s own section (" + id + ".<name>)");
        continue;
      }
      Statistic statistic = statistics.get(key);
      if (statistic == null) {
        problems.add(key + " is no statistic of the section");
        continue;
      }
      if (statistic.kind() != Statistic.Kind.PROPORTION
          && statistic.kind() != Statistic.Kind.COUNT) {
        problems.add(
            key
                + " is a "
                + statistic.kind()
                + "; a key finding states a PROPORTION or a COUNT, with its numerator and basis");
        continue;
      }
      named.add(statistic);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          id + ": key findings the platform cannot state: " + String.join("; ", problems));
    }
    return named;
  }
}
