package org.joysurvey.web.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The largest request body the API reads, {@code joy.max.request.body} ({@code
 * JOY_MAX_REQUEST_BODY}): a number of bytes, or one with {@code k}, {@code m} or {@code g} (binary
 * multiples). The default, 512 MiB, holds the interchange CSV of 1,000,000 responses to all eight
 * bundled instruments twice over (the benchmark's file is 259 MB, docs/security.md), room for
 * longer text answers than the synthetic ones; a larger body is refused with 413 before or while it
 * is read, so no body ties up the server for long.
 */
record RequestBodyLimit(long bytes) {

  static final String PROPERTY = "joy.max.request.body";

  static final RequestBodyLimit DEFAULT = new RequestBodyLimit(512L << 20);

  RequestBodyLimit {
    if (bytes < 1) {
      throw new IllegalArgumentException("a request body limit must be at least 1 byte");
    }
  }

  /**
   * Reads a configured limit ({@code 536870912}, {@code 1g}, {@code 600m}, {@code 512k}); blank
   * means the default.
   *
   * @throws IllegalArgumentException naming the property and the value, for anything else
   */
  static RequestBodyLimit parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    char last = t.charAt(t.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1).strip();
    }
    long number;
    try {
      number = Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw invalid(text);
    }
    if (number < 1 || number > Long.MAX_VALUE / unit) {
      throw invalid(text);
    }
    return new RequestBodyLimit(number * unit);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        PROPERTY
            + " is '"
            + text
            + "': give a positive number of bytes, or one ending in k, m or g (e.g. 1g)");
  }

  /** Whether a body announced with this Content-Length (-1: none) is refused before reading. */
  boolean refusesLength(long contentLength) {
    return contentLength > bytes;
  }

  /** The body, which throws {@link RequestBodyTooLargeException} once it passes the limit. */
  InputStream limit(InputStream body) {
    return new Limited(body, this);
  }

  /** The limit as people read it: "1 GiB", "600 MiB", "512 KiB" or "1000 bytes". */
  String describe() {
    String[] units = {"GiB", "MiB", "KiB"};
    int[] shifts = {30, 20, 10};
    for (int i = 0; i < units.length; i++) {
      long unit = 1L << shifts[i];
      if (bytes % unit == 0) {
        return bytes / unit + " " + units[i];
      }
    }
    return bytes + " bytes";
  }

  RequestBodyTooLargeException tooLarge() {
    return new RequestBodyTooLargeException(
        "The request body is larger than the "
            + describe()
            + " this server accepts ("
            + PROPERTY
            + "); split the file, or ask the administrator to raise the limit.");
  }

  private static final class Limited extends FilterInputStream {
    private final RequestBodyLimit limit;
    private long read;

    Limited(InputStream in, RequestBodyLimit limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      read += n;
      if (read > limit.bytes) {
        throw limit.tooLarge();
      }
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
