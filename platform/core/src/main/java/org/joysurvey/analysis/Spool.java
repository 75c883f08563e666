package org.joysurvey.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The stored rows of one export, copied to a temporary file during the first pass, so that every
 * file of the export is written from the same responses (an open edition may receive more in
 * between), and memory holds one row at a time.
 */
public final class Spool implements AutoCloseable {

  private static final long NO_DAY = Long.MIN_VALUE;

  private final Path file;
  private final DataOutputStream out;

  /** Receives one spooled row. */
  @FunctionalInterface
  public interface Row {
    void handle(String answersJson, LocalDate day, int wordingVersion) throws IOException;
  }

  Spool(Path file) throws IOException {
    this.file = file;
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  void add(String answersJson, LocalDate day, int wordingVersion) throws IOException {
    byte[] json = answersJson.getBytes(StandardCharsets.UTF_8);
    out.writeInt(json.length);
    out.write(json);
    out.writeLong(day == null ? NO_DAY : day.toEpochDay());
    out.writeInt(wordingVersion);
  }

  /** Ends the first pass. */
  @Override
  public void close() throws IOException {
    out.close();
  }

  /** Reads every row back, in the order they were added. */
  void forEach(Row handler) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException end) {
          return;
        }
        byte[] json = new byte[length];
        in.readFully(json);
        long day = in.readLong();
        int version = in.readInt();
        handler.handle(
            new String(json, StandardCharsets.UTF_8),
            day == NO_DAY ? null : LocalDate.ofEpochDay(day),
            version);
      }
    }
  }
}
