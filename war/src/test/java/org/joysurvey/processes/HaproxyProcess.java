package org.joysurvey.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * HAProxy (Debian's package, {@code /usr/sbin/haproxy}) running a configuration file as it is, with
 * the addresses it names given in its environment ({@code "${NAME}"} in the file), in the
 * foreground, its log (standard output) in a file of its own.
 */
public final class HaproxyProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final Path log;

  private HaproxyProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Checks the configuration ({@code haproxy -c}), starts HAProxy on it and returns once it accepts
   * connections on {@code port} (the one the file binds through {@code environment}).
   */
  public static HaproxyProcess start(
      Path configuration, Map<String, String> environment, int port, Path workDirectory) {
    try {
      Files.createDirectories(workDirectory);
      Path log = workDirectory.resolve("haproxy.log");
      Process check = command(List.of("-c", "-f", configuration.toString()), environment, log);
      if (check.waitFor() != 0) {
        throw new IllegalStateException(configuration + " is not valid:\n" + Files.readString(log));
      }
      // -db: stay in the foreground, so that the process is HAProxy itself and dies with the test
      Process process = command(List.of("-db", "-f", configuration.toString()), environment, log);
      HaproxyProcess haproxy = new HaproxyProcess(process, log);
      haproxy.awaitListening(port);
      return haproxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Process command(List<String> arguments, Map<String, String> environment, Path log)
      throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of("haproxy"));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    return builder.start();
  }

  private void awaitListening(int port) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("HAProxy exited while starting:\n" + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    close();
    throw new IllegalStateException("HAProxy did not listen on " + port + ":\n" + log());
  }

  /** Its log: a line per request, naming the server that took it and how it ended. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
