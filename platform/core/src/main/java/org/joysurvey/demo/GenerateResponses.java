package org.joysurvey.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.joysurvey.interchange.CsvResponseWriter;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.plugins.PluginInventory;
import org.joysurvey.plugins.PluginLoader;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Instrument;

/**
 * Writes N synthetic responses to every instrument on the class path as an interchange CSV, for
 * benchmarks and load tests (see docs/benchmarks.md). Streams: memory does not grow with N.
 *
 * <pre>GenerateResponses &lt;count&gt; &lt;output.csv&gt; [seed]</pre>
 */
public final class GenerateResponses {

  private GenerateResponses() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GenerateResponses <count> <output.csv> [seed]");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    Path output = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2020;
    PluginInventory inventory = PluginLoader.load(GenerateResponses.class.getClassLoader(), null);
    List<Instrument> instruments =
        inventory.installed().stream().map(LoadedInstrument::instrument).toList();
    Questionnaire questionnaire = new Questionnaire(instruments);
    SyntheticResponses generator = new SyntheticResponses(questionnaire, seed, 0.03);
    LocalDate firstDay = LocalDate.of(2020, 10, 1);
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        CsvResponseWriter writer = new CsvResponseWriter(questionnaire, out)) {
      for (long i = 0; i < count; i++) {
        writer.write(generator.next(), firstDay.plusDays(i % 28));
      }
    }
    System.out.println(
        "Wrote "
            + count
            + " responses to "
            + instruments.stream().map(i -> i.metadata().id()).toList()
            + " in "
            + output);
  }
}
