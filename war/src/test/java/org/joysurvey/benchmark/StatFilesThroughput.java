package org.joysurvey.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.analysis.AnalysisExportService;
import org.joysurvey.analysis.ExportFormat;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionSettings;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.plugins.PluginLoader;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;

/**
 * The .dta and .sav exports of N synthetic responses to every bundled instrument, with the derived
 * variables, without the database (the stored JSON is held in memory and fed as the store would
 * feed it): the time of each of five rounds, and the file sizes (docs/benchmarks.md).
 *
 * <pre>
 * mvn -pl war exec:java -Dexec.mainClass=org.joysurvey.benchmark.StatFilesThroughput \
 *   -Dexec.args=100000 -Dexec.classpathScope=test
 * </pre>
 */
public final class StatFilesThroughput {

  private StatFilesThroughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<Instrument> instruments =
        PluginLoader.load(StatFilesThroughput.class.getClassLoader(), null).installed().stream()
            .map(LoadedInstrument::instrument)
            .toList();
    Questionnaire questionnaire = new Questionnaire(instruments);
    SyntheticResponses generator = new SyntheticResponses(questionnaire, 2020, 0.03);
    List<String> stored = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      stored.add(JsonAnswers.toJsonText(generator.next()));
    }
    Map<String, Settings> settings = new HashMap<>();
    instruments.forEach(i -> settings.put(i.metadata().id(), EditionSettings.resolve(i, Map.of())));
    EditionView view =
        new EditionView(
            1,
            2020,
            "Benchmark",
            EditionStatus.CLOSED,
            instruments.stream().map(i -> i.metadata().id()).toList(),
            Map.of(),
            5,
            n,
            0,
            AccessMode.OPEN_LINK);
    EditionSetup setup = new EditionSetup(view, instruments, settings, questionnaire, List.of());
    LocalDate day = LocalDate.of(2020, 3, 1);
    Path out = Files.createTempFile("bench-", ".out");
    for (int round = 1; round <= 5; round++) {
      for (ExportFormat format : List.of(ExportFormat.DTA, ExportFormat.SAV)) {
        System.gc();
        long start = System.nanoTime();
        try (OutputStream o = Files.newOutputStream(out)) {
          AnalysisExportService.write(
              setup,
              List.of(),
              h -> {
                for (String json : stored) {
                  h.handle(json, day, 0);
                }
              },
              format,
              true,
              o);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "round=%d format=%s responses=%d seconds=%.2f bytes=%d heap_used_mb=%d%n",
            round, format.code(), n, seconds, Files.size(out), heapUsedMb());
      }
    }
    Files.delete(out);
  }

  private static long heapUsedMb() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used / (1024 * 1024);
  }
}
