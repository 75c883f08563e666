package org.joysurvey.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb in a temporary directory, trust authentication,
 * loopback on a free port), so that a test may stop and restart it under load without disturbing
 * the shared server other tests use. Uses Debian's binaries (package postgresql); initdb refuses to
 * run as root, so as root the server runs as the {@code postgres} user.
 */
public final class TemporaryPostgres implements AutoCloseable {

  private final Path bin;
  private final Path data;
  private final int port;

  private TemporaryPostgres(Path bin, Path data, int port) {
    this.bin = bin;
    this.data = data;
    this.port = port;
  }

  /** A new, empty server with one database, {@code joysurvey}, started. */
  public static TemporaryPostgres start() {
    try {
      Path directory = Files.createTempDirectory("joy-pg-");
      Path data = directory.resolve("data");
      if (runningAsRoot()) {
        UserPrincipal postgres =
            directory
                .getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName("postgres");
        Files.setOwner(directory, postgres);
      }
      TemporaryPostgres server = new TemporaryPostgres(binaries(), data, FreePorts.next());
      server.run(
          List.of(
              server.bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              "postgres",
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--no-sync"));
      server.startServer();
      server.run(
          List.of(
              server.bin.resolve("createdb").toString(),
              "-h",
              "127.0.0.1",
              "-p",
              Integer.toString(server.port),
              "-U",
              "postgres",
              "joysurvey"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDBC URL of the {@code joysurvey} database (user {@code postgres}, no password). */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/joysurvey";
  }

  public int port() {
    return port;
  }

  /** Stops the server at once (open connections are cut, as when it crashes or is restarted). */
  public void stop() {
    run(
        List.of(
            bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
  }

  /** Starts the stopped server again, on the same port with the same data. */
  public void startServer() {
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            data.resolveSibling("server.log").toString(),
            "-o",
            "-p "
                + port
                + " -k "
                + data.getParent()
                + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "-w",
            "start"));
  }

  /** Runs SQL in the {@code joysurvey} database with psql and returns its unaligned output. */
  public String query(String sql) {
    return run(List.of(
            bin.resolve("psql").toString(),
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(port),
            "-U",
            "postgres",
            "-d",
            "joysurvey",
            "-v",
            "ON_ERROR_STOP=1",
            "-A",
            "-t",
            "-c",
            sql))
        .strip();
  }

  @Override
  public void close() {
    try {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
    } catch (IllegalStateException alreadyStopped) {
      // nothing to stop
    }
    try (Stream<Path> files = Files.walk(data.getParent())) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private String run(List<String> command) {
    List<String> full = new ArrayList<>();
    if (runningAsRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    try {
      Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Debian's newest PostgreSQL: /usr/lib/postgresql/&lt;version&gt;/bin. */
  private static Path binaries() throws IOException {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
          .max(
              Comparator.comparingInt(
                  version -> Integer.parseInt(version.getFileName().toString())))
          .map(version -> version.resolve("bin"))
          .orElseThrow(() -> new IllegalStateException("No PostgreSQL under /usr/lib/postgresql"));
    }
  }
}
