package org.joysurvey.interchange.statfiles;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes an SPSS system file ({@code .sav}) as GNU PSPP's "System File Format" appendix describes
 * it (https://www.gnu.org/software/pspp/pspp-dev/html_node/System-File-Format.html): little-endian,
 * UTF-8 (character code 65001 and the encoding record), bytecode-compressed data, long variable
 * names, variable and value labels, measurement levels, and text longer than 255 bytes as "very
 * long strings".
 *
 * <p>Every number is a double, a missing one SYSMIS (the lowest double); days are seconds since 14
 * October 1582 with the format {@code DATE11}. Missing text is blank. Each variable has a short
 * name {@code V1}, {@code V2}, ... in its variable record and its real name in the long variable
 * names record; each 252-byte segment of a very long string is a variable record of its own.
 *
 * <p>Rows are compressed and streamed to the file as they come; {@link #close()} writes the case
 * count into the header.
 */
public final class SavWriter implements AutoCloseable {

  /** SPSS's system missing value: the lowest double. */
  static final double SYSMIS = -Double.MAX_VALUE;

  private static final double BIAS = 100.0;
  private static final int VARIABLE_LABEL_BYTES = 255;
  private static final int VALUE_LABEL_BYTES = 120;
  private static final int SEGMENT_WIDTH = 255;
  private static final int SEGMENT_DATA = 252;
  private static final long CASE_COUNT_OFFSET = 80;
  private static final LocalDate GREGORIAN_START = LocalDate.of(1582, 10, 14);

  /** Format types of the variable records. */
  private static final int FORMAT_A = 1;

  private static final int FORMAT_F = 5;
  private static final int FORMAT_DATE = 20;

  private static final byte[] SPACES = "        ".getBytes(StandardCharsets.US_ASCII);

  private final LabelledDataset dataset;
  private final Path file;
  private final OutputStream out;

  /** The bytecode compression's current block: eight command bytes, then their data. */
  private final byte[] commands = new byte[8];

  private final byte[] data = new byte[64];
  private int command;
  private int dataLength;

  private final ByteBuffer unit = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
  private long rows;
  private boolean closed;

  public SavWriter(LabelledDataset dataset, Path file) throws IOException {
    this.dataset = dataset;
    this.file = file;
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    boolean ok = false;
    try {
      writeDictionary();
      ok = true;
    } finally {
      if (!ok) {
        out.close();
      }
    }
  }

  /** How many segments (dictionary variables) a variable takes: 1 but for very long strings. */
  static int segments(Variable v) {
    return v.type() == Variable.Type.STRING && v.width() > SEGMENT_WIDTH
        ? (v.width() + SEGMENT_DATA - 1) / SEGMENT_DATA
        : 1;
  }

  /** The width of one segment (0 for a number). */
  private static int segmentWidth(Variable v, int segment) {
    if (v.type() != Variable.Type.STRING) {
      return 0;
    }
    int n = segments(v);
    if (n == 1) {
      return v.width();
    }
    return segment < n - 1 ? SEGMENT_WIDTH : v.width() - (n - 1) * SEGMENT_DATA;
  }

  /** 8-byte units of a segment. */
  private static int units(int width) {
    return width == 0 ? 1 : (width + 7) / 8;
  }

  private void writeDictionary() throws IOException {
    List<Variable> variables = dataset.variables();
    int caseSize = 0;
    for (Variable v : variables) {
      for (int s = 0; s < segments(v); s++) {
        caseSize += units(segmentWidth(v, s));
      }
    }
    LocalDateTime now = LocalDateTime.now();
    ByteBuffer header = buffer(176);
    header.put("$FL2".getBytes(StandardCharsets.US_ASCII));
    header.put(padded("@(#) SPSS DATA FILE - Joy Survey".getBytes(StandardCharsets.US_ASCII), 60));
    header.putInt(2); // layout code
    header.putInt(caseSize);
    header.putInt(1); // bytecode compression
    header.putInt(0); // no weight variable
    header.putInt(-1); // cases: unknown until close()
    header.putDouble(BIAS);
    header.put(ascii(now.format(DateTimeFormatter.ofPattern("dd MMM yy", Locale.ENGLISH))));
    header.put(ascii(now.format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
    header.put(padded(Cells.utf8(dataset.label(), 64), 64));
    header.put(new byte[3]);
    out.write(header.array());

    // variable records; the dictionary index of each variable (1-based, counting every record)
    int[] index = new int[variables.size()];
    List<String> shortNames = new ArrayList<>();
    int position = 1;
    int counter = 1;
    for (int i = 0; i < variables.size(); i++) {
      Variable v = variables.get(i);
      index[i] = position;
      for (int s = 0; s < segments(v); s++) {
        int width = segmentWidth(v, s);
        String shortName = "V" + counter++;
        if (s == 0) {
          shortNames.add(shortName);
        }
        writeVariableRecord(v, s == 0, width, shortName);
        for (int c = 1; c < units(width); c++) {
          writeContinuation();
        }
        position += units(width);
      }
    }

    for (ValueLabels set : dataset.valueLabels().values()) {
      List<Integer> users = new ArrayList<>();
      for (int i = 0; i < variables.size(); i++) {
        if (set.name().equals(variables.get(i).valueLabels())) {
          users.add(index[i]);
        }
      }
      if (!users.isEmpty() && !set.labels().isEmpty()) {
        writeValueLabels(set, users);
      }
    }

    ByteBuffer integers = buffer(16 + 32);
    integers.putInt(7).putInt(3).putInt(4).putInt(8);
    integers.putInt(1).putInt(0).putInt(0); // version
    integers.putInt(-1); // machine code
    integers.putInt(1); // IEEE 754
    integers.putInt(1); // compression code
    integers.putInt(2); // little-endian
    integers.putInt(65001); // UTF-8
    out.write(integers.array());

    ByteBuffer floats = buffer(16 + 24);
    floats.putInt(7).putInt(4).putInt(8).putInt(3);
    floats.putDouble(SYSMIS).putDouble(Double.MAX_VALUE).putDouble(Math.nextUp(-Double.MAX_VALUE));
    out.write(floats.array());

    int displayed = 0;
    for (Variable v : variables) {
      displayed += segments(v);
    }
    ByteBuffer display = buffer(16 + 12 * displayed);
    display.putInt(7).putInt(11).putInt(4).putInt(3 * displayed);
    for (Variable v : variables) {
      boolean text = v.type() == Variable.Type.STRING;
      for (int s = 0; s < segments(v); s++) {
        display.putInt(v.measure().spssCode);
        display.putInt(
            text ? Math.min(Math.max(v.width(), 1), 50) : v.type() == Variable.Type.DATE ? 11 : 8);
        display.putInt(text ? 0 : 1); // left for text, right for numbers
      }
    }
    out.write(display.array());

    StringBuilder longNames = new StringBuilder();
    for (int i = 0; i < variables.size(); i++) {
      if (i > 0) {
        longNames.append('\t');
      }
      longNames.append(shortNames.get(i)).append('=').append(variables.get(i).name());
    }
    writeTextRecord(13, longNames.toString().getBytes(StandardCharsets.UTF_8));

    StringBuilder veryLong = new StringBuilder();
    for (int i = 0; i < variables.size(); i++) {
      Variable v = variables.get(i);
      if (segments(v) > 1) {
        veryLong
            .append(shortNames.get(i))
            .append('=')
            .append(String.format(Locale.ROOT, "%05d", v.width()))
            .append('\0')
            .append('\t');
      }
    }
    if (veryLong.length() > 0) {
      writeTextRecord(14, veryLong.toString().getBytes(StandardCharsets.US_ASCII));
    }

    writeTextRecord(20, "UTF-8".getBytes(StandardCharsets.US_ASCII));

    ByteBuffer end = buffer(8);
    end.putInt(999).putInt(0);
    out.write(end.array());
  }

  private void writeVariableRecord(Variable v, boolean first, int width, String shortName)
      throws IOException {
    byte[] label = first ? Cells.utf8(v.label(), VARIABLE_LABEL_BYTES) : new byte[0];
    boolean hasLabel = label.length > 0;
    int paddedLabel = (label.length + 3) / 4 * 4;
    ByteBuffer record = buffer(32 + (hasLabel ? 4 + paddedLabel : 0));
    record.putInt(2);
    record.putInt(width);
    record.putInt(hasLabel ? 1 : 0);
    record.putInt(0); // no user-missing values: missing answers are SYSMIS
    int format = format(v, width);
    record.putInt(format).putInt(format);
    record.put(padded(ascii(shortName), 8));
    if (hasLabel) {
      record.putInt(label.length);
      record.put(Arrays.copyOf(label, paddedLabel));
    }
    out.write(record.array());
  }

  private static int format(Variable v, int width) {
    return switch (v.type()) {
      case INTEGER -> FORMAT_F << 16 | Math.max(8, digits(v)) << 8;
      case DECIMAL -> FORMAT_F << 16 | 12 << 8 | 2;
      case DATE -> FORMAT_DATE << 16 | 11 << 8;
      case STRING -> FORMAT_A << 16 | Math.min(width, 255) << 8;
    };
  }

  private static int digits(Variable v) {
    return Math.max(Long.toString(v.min()).length(), Long.toString(v.max()).length());
  }

  private void writeContinuation() throws IOException {
    ByteBuffer record = buffer(32);
    record.putInt(2).putInt(-1).putInt(0).putInt(0).putInt(0).putInt(0);
    record.put(SPACES);
    out.write(record.array());
  }

  private void writeValueLabels(ValueLabels set, List<Integer> users) throws IOException {
    List<byte[]> labels = new ArrayList<>();
    int size = 8;
    for (String label : set.labels().values()) {
      byte[] bytes = Cells.utf8(label, VALUE_LABEL_BYTES);
      labels.add(bytes);
      size += 8 + (1 + bytes.length + 7) / 8 * 8;
    }
    ByteBuffer record = buffer(size);
    record.putInt(3).putInt(set.labels().size());
    int i = 0;
    for (int code : set.labels().keySet()) {
      byte[] bytes = labels.get(i++);
      record.putDouble(code);
      int padded = (1 + bytes.length + 7) / 8 * 8 - 1;
      record.put((byte) bytes.length);
      record.put(padded(bytes, padded));
    }
    out.write(record.array());
    ByteBuffer variables = buffer(8 + 4 * users.size());
    variables.putInt(4).putInt(users.size());
    users.forEach(variables::putInt);
    out.write(variables.array());
  }

  private void writeTextRecord(int subtype, byte[] text) throws IOException {
    ByteBuffer record = buffer(16);
    record.putInt(7).putInt(subtype).putInt(1).putInt(text.length);
    out.write(record.array());
    out.write(text);
  }

  /** Writes one case: one cell per variable, in the dataset's order. */
  public void write(Object[] cells) throws IOException {
    if (closed) {
      throw new IllegalStateException("the file is closed");
    }
    dataset.check(cells);
    List<Variable> variables = dataset.variables();
    for (int i = 0; i < cells.length; i++) {
      Variable v = variables.get(i);
      if (v.type() == Variable.Type.STRING) {
        writeText(v, Cells.text(v, cells[i]));
      } else {
        double value = Cells.number(v, cells[i]);
        if (!Double.isNaN(value) && v.type() == Variable.Type.DATE) {
          value =
              ChronoUnit.DAYS.between(GREGORIAN_START, LocalDate.ofEpochDay((long) value))
                  * 86400.0;
        }
        writeNumber(value);
      }
    }
    rows++;
  }

  private void writeNumber(double value) throws IOException {
    if (Double.isNaN(value)) {
      compressed(255);
    } else if (value == Math.rint(value)
        && value >= 1 - BIAS
        && value <= 251 - BIAS
        && !(value == 0 && 1 / value < 0)) {
      compressed((int) (value + BIAS));
    } else {
      unit.clear();
      unit.putDouble(value);
      raw(unit.array(), 0);
    }
  }

  /**
   * Writes a text over its segments: 255 bytes of it in each segment of a very long string (the
   * segment's 256th byte is padding), blanks after it.
   */
  private void writeText(Variable v, byte[] text) throws IOException {
    int n = segments(v);
    int from = 0;
    for (int s = 0; s < n; s++) {
      int width = segmentWidth(v, s);
      int take = Math.min(n == 1 ? width : SEGMENT_WIDTH, Math.max(0, text.length - from));
      int allocated = units(width) * 8;
      for (int offset = 0; offset < allocated; offset += 8) {
        int available = Math.max(0, Math.min(8, take - offset));
        if (available == 0) {
          compressed(254);
        } else {
          byte[] chunk = Arrays.copyOf(SPACES, 8);
          System.arraycopy(text, from + offset, chunk, 0, available);
          raw(chunk, 0);
        }
      }
      from += take;
    }
  }

  private void compressed(int code) throws IOException {
    commands[command++] = (byte) code;
    if (command == 8) {
      flushBlock();
    }
  }

  private void raw(byte[] bytes, int offset) throws IOException {
    System.arraycopy(bytes, offset, data, dataLength, 8);
    dataLength += 8;
    compressed(253);
  }

  private void flushBlock() throws IOException {
    out.write(commands, 0, 8);
    out.write(data, 0, dataLength);
    Arrays.fill(commands, (byte) 0);
    command = 0;
    dataLength = 0;
  }

  public long rows() {
    return rows;
  }

  /** Finishes the last block of data and writes the case count into the header. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (command > 0) {
        flushBlock(); // the rest of the last block's commands are 0: padding
      }
    } finally {
      out.close();
    }
    if (rows <= Integer.MAX_VALUE) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.write(buffer(4).putInt(0, (int) rows), CASE_COUNT_OFFSET);
      }
    }
  }

  private static ByteBuffer buffer(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code bytes} padded with spaces (or cut) to {@code size}. */
  private static byte[] padded(byte[] bytes, int size) {
    byte[] field = new byte[size];
    Arrays.fill(field, (byte) ' ');
    System.arraycopy(bytes, 0, field, 0, Math.min(bytes.length, size));
    return field;
  }
}
