package org.joysurvey.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.interchange.CsvResponseWriter;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.plugins.PluginLoader;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Instrument;

/**
 * An interchange CSV of synthetic responses made while it is read, a few hundred rows at a time,
 * with the generator the benchmarks use ({@code GenerateResponses}: {@link SyntheticResponses} and
 * {@link CsvResponseWriter}), so that a test can send 100,000 rows without holding them.
 *
 * <p>Rows from {@code holdFrom} on wait for {@link #release()}: a test that kills the server
 * mid-import keeps the import from ending, and so from committing, before the kill.
 */
final class GeneratedCsv extends InputStream {

  private static final int ROWS_PER_CHUNK = 200;
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 3, 1);

  private final long rows;
  private final long holdFrom;
  private final SyntheticResponses generator;
  private final ByteArrayOutputStream chunk = new ByteArrayOutputStream();
  private final Writer text = new OutputStreamWriter(chunk, StandardCharsets.UTF_8);
  private final CsvResponseWriter csv;
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicLong rowsMade = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private byte[] buffer = new byte[0];
  private int position;
  private boolean closed;

  /** {@code rows} responses to the bundled instruments {@code instrumentIds}, in that order. */
  GeneratedCsv(List<String> instrumentIds, long rows, long holdFrom, long seed) {
    this.rows = rows;
    this.holdFrom = holdFrom;
    Questionnaire questionnaire = new Questionnaire(instruments(instrumentIds));
    this.generator = new SyntheticResponses(questionnaire, seed, 0.03);
    try {
      this.csv = new CsvResponseWriter(questionnaire, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The whole file as text, for a small one. */
  static String text(List<String> instrumentIds, int rows, long seed) {
    try (GeneratedCsv csv = new GeneratedCsv(instrumentIds, rows, rows, seed)) {
      return new String(csv.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The bundled instruments, loaded once for every file a test makes. */
  private static final class Installed {
    static final List<Instrument> ALL =
        PluginLoader.load(GeneratedCsv.class.getClassLoader(), null).installed().stream()
            .map(LoadedInstrument::instrument)
            .toList();
  }

  private static List<Instrument> instruments(List<String> ids) {
    return ids.stream()
        .map(
            id ->
                Installed.ALL.stream()
                    .filter(i -> i.metadata().id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no instrument " + id)))
        .toList();
  }

  /** Lets the held rows go (after the kill, so that the sending thread ends). */
  void release() {
    released.countDown();
  }

  /** Bytes the HTTP client has taken so far. */
  long bytesRead() {
    return bytesRead.get();
  }

  /** Rows made so far (all of them taken by the client but the last chunk's). */
  long rowsMade() {
    return rowsMade.get();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == buffer.length && !fill()) {
      return -1;
    }
    int n = Math.min(length, buffer.length - position);
    System.arraycopy(buffer, position, target, offset, n);
    position += n;
    bytesRead.addAndGet(n);
    return n;
  }

  private boolean fill() throws IOException {
    if (closed) {
      return false;
    }
    long made = rowsMade.get();
    if (made >= holdFrom && made < rows) {
      try {
        // bounded: a test that forgets to release does not hang the build
        if (!released.await(5, TimeUnit.MINUTES)) {
          throw new IOException("the held rows were never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException();
      }
    }
    long end = made < holdFrom ? Math.min(holdFrom, made + ROWS_PER_CHUNK) : rows;
    end = Math.min(end, Math.min(rows, made + ROWS_PER_CHUNK));
    for (long i = made; i < end; i++) {
      csv.write(generator.next(), FIRST_DAY.plusDays(i % 28));
    }
    rowsMade.set(end);
    if (end == rows) {
      csv.close(); // flushes and closes the text
      closed = true;
    } else {
      text.flush();
    }
    buffer = chunk.toByteArray();
    chunk.reset();
    position = 0;
    return buffer.length > 0 || fill();
  }

  @Override
  public void close() {
    release();
  }
}
