package org.joysurvey.interchange.statfiles;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Stata {@code .dta} file, format 118 (Stata 14 and later; "Description of the .dta file
 * format", https://www.stata.com/help.cgi?dta): little-endian, UTF-8, variable labels, value labels
 * and text of any length.
 *
 * <p>Integers are stored as {@code byte}, {@code int} or {@code long}, the smallest that holds the
 * variable's range; decimals as {@code double}; days as {@code long} with the format {@code %td}
 * (days since 1 January 1960); text up to 2045 bytes as {@code str#} and longer text as {@code
 * strL}. A missing number is Stata's {@code .}, missing text the empty string.
 *
 * <p>Rows are streamed to the file as they come; the texts of {@code strL} variables, which the
 * format keeps after the data, wait in a temporary file beside it. {@link #close()} appends them
 * and the value labels, then writes the row count into the header and the section offsets into the
 * map. Memory does not grow with the number of rows.
 */
public final class DtaWriter implements AutoCloseable {

  /** The longest {@code str#}; longer text is a {@code strL}. */
  public static final int MAX_STR_WIDTH = 2045;

  /** Format 118 counts variables in two bytes. */
  public static final int MAX_VARIABLES = 32767;

  static final int TYPE_STRL = 32768;
  static final int TYPE_DOUBLE = 65526;
  static final int TYPE_LONG = 65528;
  static final int TYPE_INT = 65529;
  static final int TYPE_BYTE = 65530;

  /** Stata's system missing value {@code .} of each type. */
  static final byte MISSING_BYTE = 101;

  static final short MISSING_INT = 32741;
  static final int MISSING_LONG = 2_147_483_621;
  static final long MISSING_DOUBLE = 0x7fe0000000000000L;

  private static final long DAYS_1960_TO_1970 = 3653;

  /** The last valid values of byte and int (above them lie the missing values). */
  private static final int MAX_BYTE = 100;

  private static final int MAX_INT = 32740;

  private static final int NAME_BYTES = 129;
  private static final int FORMAT_BYTES = 57;
  private static final int VARIABLE_LABEL_BYTES = 321;
  private static final int LABEL_CHARACTERS = 80;
  private static final int VALUE_LABEL_BYTES = 32000;

  private final LabelledDataset dataset;
  private final Path file;
  private final Path strlFile;
  private final CountingStream out;
  private final CountingStream strls;
  private final int[] types;
  private final int rowWidth;
  private final ByteBuffer row;
  private final long[] map = new long[14];
  private final long countOffset;
  private long rows;
  private boolean closed;

  /**
   * Starts the file: writes the header and the descriptors.
   *
   * @throws IllegalArgumentException when the dataset has more variables than format 118 holds
   */
  public DtaWriter(LabelledDataset dataset, Path file) throws IOException {
    this.dataset = dataset;
    this.file = file;
    List<Variable> variables = dataset.variables();
    if (variables.size() > MAX_VARIABLES) {
      throw new IllegalArgumentException(
          "A .dta file of format 118 holds at most "
              + MAX_VARIABLES
              + " variables, not "
              + variables.size());
    }
    types = new int[variables.size()];
    int width = 0;
    for (int i = 0; i < types.length; i++) {
      types[i] = storageType(variables.get(i));
      width += storageWidth(types[i]);
    }
    rowWidth = width;
    row = ByteBuffer.allocate(Math.max(rowWidth, 1)).order(ByteOrder.LITTLE_ENDIAN);
    out = new CountingStream(Files.newOutputStream(file));
    strlFile = Files.createTempFile(file.toAbsolutePath().getParent(), "strls-", ".tmp");
    strls = new CountingStream(Files.newOutputStream(strlFile));
    boolean ok = false;
    try {
      countOffset = writeStart(variables);
      ok = true;
    } finally {
      if (!ok) {
        out.close();
        strls.close();
        Files.deleteIfExists(strlFile);
      }
    }
  }

  static int storageType(Variable v) {
    return switch (v.type()) {
      case INTEGER ->
          v.min() >= -127 && v.max() <= MAX_BYTE
              ? TYPE_BYTE
              : v.min() >= -32767 && v.max() <= MAX_INT ? TYPE_INT : TYPE_LONG;
      case DECIMAL -> TYPE_DOUBLE;
      case DATE -> TYPE_LONG;
      case STRING -> v.width() <= MAX_STR_WIDTH ? v.width() : TYPE_STRL;
    };
  }

  private static int storageWidth(int type) {
    return switch (type) {
      case TYPE_BYTE -> 1;
      case TYPE_INT -> 2;
      case TYPE_LONG -> 4;
      case TYPE_DOUBLE, TYPE_STRL -> 8;
      default -> type; // str#
    };
  }

  private static String format(Variable v, int type) {
    return switch (v.type()) {
      case INTEGER -> type == TYPE_LONG ? "%12.0g" : type == TYPE_INT ? "%8.0g" : "%8.0g";
      case DECIMAL -> "%10.0g";
      case DATE -> "%td";
      case STRING -> "%" + Math.min(Math.max(v.width(), 1), 50) + "s";
    };
  }

  /** Writes everything before the data; returns where the row count is. */
  private long writeStart(List<Variable> variables) throws IOException {
    map[0] = 0;
    ascii("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>");
    out.write(le(2, variables.size()));
    ascii("</K><N>");
    long count = out.position;
    out.write(le(8, 0));
    ascii("</N><label>");
    byte[] label = labelBytes(dataset.label());
    out.write(le(2, label.length));
    out.write(label);
    ascii("</label><timestamp>");
    String stamp =
        LocalDateTime.now()
            .format(DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH));
    out.write(17);
    ascii(stamp);
    ascii("</timestamp></header>");
    map[1] = out.position;
    ascii("<map>");
    out.write(new byte[8 * 14]); // filled in by close()
    ascii("</map>");
    map[2] = out.position;
    ascii("<variable_types>");
    for (int type : types) {
      out.write(le(2, type));
    }
    ascii("</variable_types>");
    map[3] = out.position;
    ascii("<varnames>");
    for (Variable v : variables) {
      out.write(fixed(v.name().getBytes(StandardCharsets.UTF_8), NAME_BYTES));
    }
    ascii("</varnames>");
    map[4] = out.position;
    ascii("<sortlist>");
    out.write(new byte[2 * (variables.size() + 1)]);
    ascii("</sortlist>");
    map[5] = out.position;
    ascii("<formats>");
    for (int i = 0; i < types.length; i++) {
      out.write(
          fixed(
              format(variables.get(i), types[i]).getBytes(StandardCharsets.US_ASCII),
              FORMAT_BYTES));
    }
    ascii("</formats>");
    map[6] = out.position;
    ascii("<value_label_names>");
    for (Variable v : variables) {
      String set = v.valueLabels() == null ? "" : v.valueLabels();
      out.write(fixed(set.getBytes(StandardCharsets.UTF_8), NAME_BYTES));
    }
    ascii("</value_label_names>");
    map[7] = out.position;
    ascii("<variable_labels>");
    for (Variable v : variables) {
      out.write(fixed(labelBytes(v.label()), VARIABLE_LABEL_BYTES));
    }
    ascii("</variable_labels>");
    map[8] = out.position;
    ascii("<characteristics></characteristics>");
    map[9] = out.position;
    ascii("<data>");
    return count;
  }

  /** A label as Stata keeps it: at most 80 characters. */
  private static byte[] labelBytes(String label) {
    String cut =
        label.codePointCount(0, label.length()) <= LABEL_CHARACTERS
            ? label
            : label.substring(0, label.offsetByCodePoints(0, LABEL_CHARACTERS));
    return Cells.utf8(cut, VARIABLE_LABEL_BYTES - 1);
  }

  /** Writes one row: one cell per variable, in the dataset's order. */
  public void write(Object[] cells) throws IOException {
    if (closed) {
      throw new IllegalStateException("the file is closed");
    }
    dataset.check(cells);
    List<Variable> variables = dataset.variables();
    long observation = rows + 1;
    row.clear();
    for (int i = 0; i < types.length; i++) {
      Variable v = variables.get(i);
      Object cell = cells[i];
      int type = types[i];
      if (v.type() == Variable.Type.STRING) {
        byte[] text = Cells.text(v, cell);
        if (type == TYPE_STRL) {
          if (text.length == 0) {
            row.putLong(0);
          } else {
            // (v, o): variable in the low 2 bytes, observation in the high 6 (format 118)
            row.putLong((i + 1) | (observation << 16));
            writeGso(i + 1, observation, text);
          }
        } else {
          row.put(text);
          row.put(new byte[type - text.length]);
        }
        continue;
      }
      double value = Cells.number(v, cell);
      boolean missing = Double.isNaN(value);
      if (v.type() == Variable.Type.DATE) {
        value += DAYS_1960_TO_1970; // %td counts from 1 January 1960
      }
      switch (type) {
        case TYPE_BYTE -> row.put(missing ? MISSING_BYTE : (byte) value);
        case TYPE_INT -> row.putShort(missing ? MISSING_INT : (short) value);
        case TYPE_LONG -> row.putInt(missing ? MISSING_LONG : (int) value);
        default -> row.putLong(missing ? MISSING_DOUBLE : Double.doubleToLongBits(value));
      }
    }
    out.write(row.array(), 0, rowWidth);
    rows++;
  }

  private void writeGso(int variable, long observation, byte[] text) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(3 + 4 + 8 + 1 + 4).order(ByteOrder.LITTLE_ENDIAN);
    head.put((byte) 'G').put((byte) 'S').put((byte) 'O');
    head.putInt(variable).putLong(observation);
    head.put((byte) 130); // text, stored with its terminating null
    head.putInt(text.length + 1);
    strls.write(head.array());
    strls.write(text);
    strls.write(0);
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /** Appends the long texts and the value labels, then fills in the row count and the map. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      ascii("</data>");
      map[10] = out.position;
      ascii("<strls>");
      strls.close();
      out.flush();
      Files.copy(strlFile, out);
      ascii("</strls>");
      map[11] = out.position;
      ascii("<value_labels>");
      for (ValueLabels set : usedValueLabels()) {
        writeValueLabels(set);
      }
      ascii("</value_labels>");
      map[12] = out.position;
      ascii("</stata_dta>");
      map[13] = out.position;
    } finally {
      out.close();
      Files.deleteIfExists(strlFile);
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(le(8, rows)), countOffset);
      ByteBuffer offsets = ByteBuffer.allocate(8 * 14).order(ByteOrder.LITTLE_ENDIAN);
      for (long offset : map) {
        offsets.putLong(offset);
      }
      offsets.flip();
      channel.write(offsets, map[1] + "<map>".length());
    }
  }

  private List<ValueLabels> usedValueLabels() {
    List<ValueLabels> used = new ArrayList<>();
    for (Variable v : dataset.variables()) {
      ValueLabels set = v.valueLabels() == null ? null : dataset.valueLabels().get(v.valueLabels());
      if (set != null && !used.contains(set)) {
        used.add(set);
      }
    }
    return used;
  }

  private void writeValueLabels(ValueLabels set) throws IOException {
    int n = set.labels().size();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteBuffer offsets = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer values = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
    for (var entry : set.labels().entrySet()) {
      offsets.putInt(text.size());
      values.putInt(entry.getKey());
      text.write(Cells.utf8(entry.getValue(), VALUE_LABEL_BYTES - 1));
      text.write(0);
    }
    ascii("<lbl>");
    out.write(le(4, 8 + 8L * n + text.size()));
    out.write(fixed(set.name().getBytes(StandardCharsets.UTF_8), NAME_BYTES));
    out.write(new byte[3]);
    out.write(le(4, n));
    out.write(le(4, text.size()));
    out.write(offsets.array());
    out.write(values.array());
    text.writeTo(out);
    ascii("</lbl>");
  }

  private void ascii(String tag) throws IOException {
    out.write(tag.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code bytes}, null-padded to exactly {@code size} (the last byte always null). */
  private static byte[] fixed(byte[] bytes, int size) {
    byte[] field = new byte[size];
    System.arraycopy(bytes, 0, field, 0, Math.min(bytes.length, size - 1));
    return field;
  }

  /** An unsigned little-endian integer of {@code size} bytes. */
  private static byte[] le(int size, long value) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (value >>> (8 * i));
    }
    return bytes;
  }

  /** A buffered stream that knows how many bytes went through it. */
  static final class CountingStream extends OutputStream {
    private final OutputStream target;
    long position;

    CountingStream(OutputStream target) {
      this.target = new BufferedOutputStream(target, 1 << 16);
    }

    @Override
    public void write(int b) throws IOException {
      target.write(b);
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      target.write(b, off, len);
      position += len;
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }

    @Override
    public void close() throws IOException {
      target.close();
    }
  }
}
