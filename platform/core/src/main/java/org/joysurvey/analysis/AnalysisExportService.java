package org.joysurvey.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.edition.WordingHistory;
import org.joysurvey.edition.WordingVersionView;
import org.joysurvey.interchange.CsvResponseWriter;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.interchange.statfiles.DtaWriter;
import org.joysurvey.interchange.statfiles.LabelledDataset;
import org.joysurvey.interchange.statfiles.SavWriter;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.response.ResponseStore;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ItemType;

/**
 * Exports an edition's responses for analysis in any {@link ExportFormat}, streamed: one pass over
 * the stored responses copies them to a temporary file and notes what the files must declare first
 * (the derived variables, the longest texts, the count); the files are then written from that copy,
 * one row at a time, and the temporary files are deleted. Memory does not grow with the number of
 * responses; the disk holds the copy and, for {@code .dta} and {@code .sav}, the file before it is
 * sent.
 *
 * <p>Rows are in the order of their random ids, as in the CSV export. The caller audits the export.
 */
@ApplicationScoped
@Transactional
public class AnalysisExportService {

  @Inject private EditionService editions;

  @Inject private ResponseStore store;

  /** Writes the edition's export in {@code format} to {@code out} (which it does not close). */
  public void export(long editionId, ExportFormat format, boolean derived, OutputStream out)
      throws IOException {
    EditionSetup setup =
        editions.setup(editionId).orElseThrow(() -> new UnknownEditionException(editionId));
    WordingHistory history = editions.wordingHistory(editionId);
    write(
        setup,
        history.versions(),
        handler -> store.forEach(editionId, true, handler::handle),
        format,
        derived,
        out);
  }

  /** The stored responses of an edition, in export order. */
  @FunctionalInterface
  public interface Source {
    void forEach(Spool.Row handler) throws IOException;
  }

  /**
   * The export of these responses; what {@link #export} does once it has read the edition (and what
   * the benchmark times without a database).
   */
  public static void write(
      EditionSetup setup,
      List<WordingVersionView> versions,
      Source source,
      ExportFormat format,
      boolean derived,
      OutputStream out)
      throws IOException {
    if (format == ExportFormat.CSV && !derived) {
      Writer writer = writer(out);
      try (CsvResponseWriter csv = new CsvResponseWriter(setup.questionnaire(), writer, true)) {
        source.forEach(
            (json, day, version) ->
                csv.write(JsonAnswers.fromStoredJson(setup.questionnaire(), json), day, version));
      }
      return;
    }
    Path dir = Files.createTempDirectory("joy-export-");
    try {
      boolean codebookOnly =
          format == ExportFormat.CODEBOOK_CSV || format == ExportFormat.CODEBOOK_JSON;
      Spool spool = new Spool(dir.resolve("responses.spool"));
      Observations seen = new Observations();
      Scorer scorer = new Scorer(setup);
      List<QuestionnaireItem> textItems =
          setup.questionnaire().items().stream()
              .filter(i -> i.item().type() == ItemType.TEXT)
              .toList();
      try (spool) {
        source.forEach(
            (json, day, version) -> {
              Answers answers = JsonAnswers.fromStoredJson(setup.questionnaire(), json);
              seen.observe(textItems, answers, scorer.score(answers));
              if (!codebookOnly) {
                spool.add(json, day, version);
              }
            });
      }
      Codebook codebook = Codebook.build(setup, versions, seen);
      Export export = new Export(setup, codebook, spool, derived, dir, seen, scorer);
      switch (format) {
        case CSV -> export.csv(out);
        case DTA -> export.copy(export.dta(), out);
        case SAV -> export.copy(export.sav(), out);
        case CODEBOOK_CSV -> export.codebookCsv(out);
        case CODEBOOK_JSON -> export.codebookJson(out);
        case BUNDLE -> export.bundle(out);
      }
    } finally {
      deleteAll(dir);
    }
  }

  /** A UTF-8 writer over {@code out} whose {@code close} leaves {@code out} open. */
  private static Writer writer(OutputStream out) {
    return new BufferedWriter(
        new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8), 1 << 16);
  }

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The files of one export, all written from the same spooled responses. */
  private static final class Export {
    final EditionSetup setup;
    final Codebook codebook;
    final Spool spool;
    final boolean derived;
    final Path dir;
    final Observations seen;
    final Scorer scorer;
    final long id;

    Export(
        EditionSetup setup,
        Codebook codebook,
        Spool spool,
        boolean derived,
        Path dir,
        Observations seen,
        Scorer scorer) {
      this.setup = setup;
      this.codebook = codebook;
      this.spool = spool;
      this.derived = derived;
      this.dir = dir;
      this.seen = seen;
      this.scorer = scorer;
      this.id = setup.edition().id();
    }

    void csv(OutputStream out) throws IOException {
      List<String> extra = derived ? codebook.derivedColumns() : List.of();
      Writer writer = writer(out);
      try (CsvResponseWriter csv =
          new CsvResponseWriter(setup.questionnaire(), writer, true, extra)) {
        spool.forEach(
            (json, day, version) -> {
              Answers answers = JsonAnswers.fromStoredJson(setup.questionnaire(), json);
              List<String> cells =
                  derived ? codebook.derivedCells(scorer.score(answers)) : List.of();
              csv.write(answers, day, version, cells);
            });
      }
    }

    Path dta() throws IOException {
      Path file = dir.resolve(ExportFormat.DTA.fileName(id));
      LabelledDataset dataset = codebook.dataset(derived);
      try (DtaWriter writer = new DtaWriter(dataset, file)) {
        rows(dataset, writer::write);
      }
      return file;
    }

    Path sav() throws IOException {
      Path file = dir.resolve(ExportFormat.SAV.fileName(id));
      LabelledDataset dataset = codebook.dataset(derived);
      try (SavWriter writer = new SavWriter(dataset, file)) {
        rows(dataset, writer::write);
      }
      return file;
    }

    interface RowSink {
      void write(Object[] row) throws IOException;
    }

    private void rows(LabelledDataset dataset, RowSink sink) throws IOException {
      int width = dataset.variables().size();
      spool.forEach(
          (json, day, version) -> {
            Answers answers = JsonAnswers.fromStoredJson(setup.questionnaire(), json);
            Map<String, Object> vars = derived ? scorer.score(answers) : Map.of();
            sink.write(
                codebook.row(new Codebook.Response(answers, vars, day, version), derived, width));
          });
    }

    void copy(Path file, OutputStream out) throws IOException {
      Files.copy(file, out);
    }

    void codebookCsv(OutputStream out) throws IOException {
      Writer writer = writer(out);
      CodebookFiles.csv(codebook, writer);
    }

    void codebookJson(OutputStream out) throws IOException {
      Writer writer = writer(out);
      CodebookFiles.json(codebook, title(), writer); // closes the writer, which flushes it
    }

    String title() {
      return setup.edition().title() + " (" + setup.edition().year() + ")";
    }

    void bundle(OutputStream out) throws IOException {
      ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
      String csvName = ExportFormat.CSV.fileName(id);
      entry(zip, csvName, this::csv);
      Path dta = dta();
      entry(zip, dta.getFileName().toString(), o -> copy(dta, o));
      Files.delete(dta);
      Path sav = sav();
      entry(zip, sav.getFileName().toString(), o -> copy(sav, o));
      Files.delete(sav);
      entry(zip, ExportFormat.CODEBOOK_CSV.fileName(id), this::codebookCsv);
      entry(zip, ExportFormat.CODEBOOK_JSON.fileName(id), this::codebookJson);
      String base = csvName.replaceAll("\\.csv$", "");
      entry(
          zip,
          base + ".do",
          o -> {
            Writer w = writer(o);
            Syntax.stata(codebook, derived, csvName, w);
            w.flush();
          });
      entry(
          zip,
          base + ".R",
          o -> {
            Writer w = writer(o);
            Syntax.r(codebook, derived, csvName, w);
            w.flush();
          });
      entry(
          zip,
          "README.txt",
          o -> {
            Writer w = writer(o);
            w.write(
                Readme.text(
                    setup,
                    codebook,
                    derived,
                    seen.rows,
                    LocalDate.now(),
                    scorer.failed(),
                    csvName));
            w.flush();
          });
      zip.finish();
    }

    interface Content {
      void write(OutputStream out) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, Content content)
        throws IOException {
      zip.putNextEntry(new ZipEntry(name));
      content.write(zip);
      zip.closeEntry();
    }
  }

  /** Passes everything on but {@code close}, which only flushes. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
