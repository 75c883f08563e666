package org.joysurvey.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.disclosure.DisclosureRule;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.edition.EditionSettings;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.plugins.PluginLoader;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.report.Report;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.SectionReport;
import org.joysurvey.response.PackedAnswers;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;

/**
 * The report's CPU work without the database: decode N packed responses (the form reports read,
 * {@link PackedAnswers}) and run every bundled instrument's scoring and section builders over them,
 * timing each stage (docs/benchmarks.md).
 *
 * <pre>
 * mvn -pl war exec:java -Dexec.mainClass=org.joysurvey.benchmark.ReportThroughput \
 *   -Dexec.args=100000
 * </pre>
 */
public final class ReportThroughput {

  private ReportThroughput() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<Instrument> instruments =
        PluginLoader.load(ReportThroughput.class.getClassLoader(), null).installed().stream()
            .map(LoadedInstrument::instrument)
            .toList();
    Questionnaire questionnaire = new Questionnaire(instruments);
    SyntheticResponses generator = new SyntheticResponses(questionnaire, 2020, 0.03);
    PackedAnswers packing = new PackedAnswers(questionnaire);
    List<byte[]> stored = new ArrayList<>(n);
    long bytes = 0;
    long packedBytes = 0;
    for (int i = 0; i < n; i++) {
      Answers answers = generator.next();
      bytes += JsonAnswers.toJsonText(answers).length();
      byte[] packed = packing.encode(answers);
      packedBytes += packed.length;
      stored.add(packed);
    }
    Map<String, Settings> settings = new HashMap<>();
    instruments.forEach(i -> settings.put(i.metadata().id(), EditionSettings.resolve(i, Map.of())));
    System.out.printf(
        "responses=%d mean_json_chars=%d mean_packed_bytes=%d%n", n, bytes / n, packedBytes / n);
    for (int round = 1; round <= 5; round++) {
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      List<Answers> parsed = new ArrayList<>(n);
      for (byte[] packed : stored) {
        parsed.add(packing.decode(packed));
      }
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      ReportEngine engine = new ReportEngine(instruments, settings, new SmallCellRule(5));
      for (Answers answers : parsed) {
        engine.accept(answers);
      }
      Report report = engine.finish();
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      // the disclosure rule again, alone: its share of the report's time (finish ran it once)
      DisclosureRule rule = new DisclosureRule(5);
      long withheld = 0;
      for (SectionReport section : report.sections()) {
        if (!section.isFailed()) {
          withheld += rule.withhold(section.section()).size();
        }
      }
      long c3 = threads.getCurrentThreadCpuTime();
      // CPU time too: on a shared machine it varies far less than the wall clock
      System.out.printf(
          "round=%d parse_ms=%d score_and_sections_ms=%d parse_cpu_ms=%d score_cpu_ms=%d"
              + " disclosure_cpu_ms=%.1f withheld=%d%n",
          round,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (c1 - c0) / 1_000_000,
          (c2 - c1) / 1_000_000,
          (c3 - c2) / 1e6,
          withheld);
      if (round == 5 && Boolean.getBoolean("perInstrument")) {
        for (Instrument instrument : instruments) {
          long s0 = System.nanoTime();
          ReportEngine single =
              new ReportEngine(List.of(instrument), settings, new SmallCellRule(5));
          for (Answers answers : parsed) {
            single.accept(answers);
          }
          single.finish();
          System.out.printf(
              "  %s_ms=%d%n", instrument.metadata().id(), (System.nanoTime() - s0) / 1_000_000);
        }
      }
    }
  }
}
