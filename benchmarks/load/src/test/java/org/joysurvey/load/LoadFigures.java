package org.joysurvey.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the respondents did and how long the server took, counted across all virtual users: the
 * surveys completed (each one a thank-you page seen), the busy answers (503, or the ajax redirect
 * to the busy page) apart from the rest, and every request's time. {@link #write} leaves them in
 * {@code summary.properties} and, per load step, {@code steps.csv}, for load-test.sh to check
 * against the database.
 */
final class LoadFigures {

  /**
   * A request that changes the page (open, Next, Back, submit, thanks, resume) or an answer's ajax.
   */
  enum Kind {
    PAGE,
    ANSWER
  }

  /** The ramp between two load steps of mode saturation. */
  static final int RAMP_SECONDS = 2;

  private record Sample(long endMillis, long millis, Kind kind) {}

  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
  private volatile long startMillis = System.currentTimeMillis();

  void started() {
    startMillis = System.currentTimeMillis();
  }

  void count(String counter) {
    counters.computeIfAbsent(counter, c -> new AtomicLong()).incrementAndGet();
  }

  long get(String counter) {
    AtomicLong value = counters.get(counter);
    return value == null ? 0 : value.get();
  }

  /** One answered request, busy ones excluded: their time says nothing of a served page. */
  void request(Kind kind, long millis) {
    samples.add(new Sample(System.currentTimeMillis(), millis, kind));
  }

  void completed() {
    completions.add(System.currentTimeMillis());
    count("completed");
  }

  /** The figures of the whole run, and of each load step when the run has steps. */
  void write(LoadSettings settings) {
    long end = System.currentTimeMillis();
    Map<String, String> summary = new LinkedHashMap<>();
    summary.put("mode", settings.mode());
    summary.put("seconds", String.format(Locale.ROOT, "%.1f", (end - startMillis) / 1000.0));
    for (String counter :
        List.of(
            "started",
            "completed",
            "completed_invited",
            "completed_public",
            "busy_503",
            "busy_ajax",
            "validation_retries",
            "backs",
            "back_answers_lost",
            "left",
            "resumed",
            "resume_failed",
            "abandoned",
            "expired",
            "already_received",
            "timeouts",
            "submit_timeouts",
            "errors")) {
      summary.put(counter, Long.toString(get(counter)));
    }
    putPercentiles(summary, "page", times(Kind.PAGE, 0, Long.MAX_VALUE));
    putPercentiles(summary, "answer", times(Kind.ANSWER, 0, Long.MAX_VALUE));
    summary.put(
        "requests_per_survey",
        String.format(
            Locale.ROOT, "%.1f", (double) samples.size() / Math.max(1, completions.size())));
    summary.put(
        "surveys_per_second",
        String.format(
            Locale.ROOT, "%.2f", completions.size() * 1000.0 / Math.max(1, end - startMillis)));
    StringBuilder properties = new StringBuilder();
    summary.forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
    try {
      Files.createDirectories(settings.output());
      Files.writeString(settings.output().resolve("summary.properties"), properties);
      if (settings.mode().equals("saturation")) {
        Files.writeString(settings.output().resolve("steps.csv"), steps(settings));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Per step of the closed injection (concurrency raised by {@code stepUsers} every {@code
   * stepSeconds}): what ended within the step. A survey takes longer than a short step, so besides
   * the surveys completed in it, the step's requests per second are divided by the requests one
   * completed survey took on average over the run: the surveys per second that load sustains.
   */
  private String steps(LoadSettings settings) {
    StringBuilder csv =
        new StringBuilder(
            "step,concurrent_users,seconds,surveys_completed,surveys_per_second,requests_per_second,"
                + "page_p50_ms,page_p95_ms,page_p99_ms,answer_p50_ms,busy\n");
    double requestsPerSurvey = (double) samples.size() / Math.max(1, completions.size());
    long rampMillis = RAMP_SECONDS * 1000L;
    for (int step = 0; step < settings.steps(); step++) {
      long from = startMillis + step * (settings.stepSeconds() * 1000L + rampMillis);
      long to = from + settings.stepSeconds() * 1000L;
      long done = completions.stream().filter(t -> t >= from && t < to).count();
      long[] pages = times(Kind.PAGE, from, to);
      long[] answers = times(Kind.ANSWER, from, to);
      double seconds = (to - from) / 1000.0;
      double requestsPerSecond = (pages.length + answers.length) / seconds;
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%d,%.0f,%d,%.2f,%.1f,%d,%d,%d,%d,%d%n",
              step + 1,
              settings.startUsers() + step * settings.stepUsers(),
              seconds,
              done,
              requestsPerSecond / requestsPerSurvey,
              requestsPerSecond,
              percentile(pages, 50),
              percentile(pages, 95),
              percentile(pages, 99),
              percentile(answers, 50),
              busyBetween(from, to)));
    }
    return csv.toString();
  }

  private final ConcurrentLinkedQueue<Long> busy = new ConcurrentLinkedQueue<>();

  void busy(String counter) {
    busy.add(System.currentTimeMillis());
    count(counter);
  }

  private long busyBetween(long from, long to) {
    return busy.stream().filter(t -> t >= from && t < to).count();
  }

  private long[] times(Kind kind, long from, long to) {
    List<Long> times = new ArrayList<>();
    for (Sample s : samples) {
      if (s.kind() == kind && s.endMillis() >= from && s.endMillis() < to) {
        times.add(s.millis());
      }
    }
    long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static void putPercentiles(Map<String, String> summary, String prefix, long[] sorted) {
    summary.put(prefix + "_requests", Integer.toString(sorted.length));
    for (int p : new int[] {50, 95, 99}) {
      summary.put(prefix + "_p" + p + "_ms", Long.toString(percentile(sorted, p)));
    }
    summary.put(
        prefix + "_max_ms", Long.toString(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
  }

  /** The nearest-rank percentile; 0 when nothing was measured. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
