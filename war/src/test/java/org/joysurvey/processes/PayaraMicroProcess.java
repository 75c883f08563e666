package org.joysurvey.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on a Payara Micro of its own, started as a separate JVM so that a test can kill it
 * the way an operating system does ({@link #kill()}: SIGKILL, no shutdown hook runs) and start
 * another on the same database. The launcher and the WAR are the ones failsafe passes to every
 * integration test ({@code payara.microJar}, {@code joy.test.war}).
 */
public final class PayaraMicroProcess implements AutoCloseable {

  /** How a test wants the instance started. */
  public record Options(
      String name,
      int port,
      String heap,
      Map<String, String> systemProperties,
      List<String> payaraArguments) {

    public Options {
      systemProperties = Map.copyOf(systemProperties);
      payaraArguments = List.copyOf(payaraArguments);
    }

    /** One instance on its own, outside any cluster. */
    public static Options alone(String name, Map<String, String> systemProperties) {
      return new Options(name, FreePorts.next(), "512m", systemProperties, List.of("--nocluster"));
    }

    /**
     * One member of a Payara data grid (Hazelcast) on loopback that finds the others by TCP/IP
     * alone, never by multicast, so that it joins no other cluster on the machine: {@code
     * clusterName} should be unique per test run. {@code gridPort} is this member's data grid port,
     * {@code gridPorts} every member's. Host-aware partitioning is off, because every member here
     * has the same address and would otherwise keep no backup of another's sessions.
     */
    public static Options inCluster(
        String name,
        Map<String, String> systemProperties,
        String clusterName,
        int gridPort,
        List<Integer> gridPorts) {
      String members =
          String.join(",", gridPorts.stream().map(port -> "127.0.0.1:" + port).toList());
      return new Options(
          name,
          FreePorts.next(),
          "512m",
          systemProperties,
          List.of(
              "--name",
              name,
              "--clustername",
              clusterName,
              "--clustermode",
              "tcpip:" + members,
              "--interfaces",
              "127.0.0.1",
              "--startport",
              Integer.toString(gridPort),
              "--nohostaware"));
    }
  }

  // generous: two instances starting at once on a busy 2-core machine took over 4 minutes
  private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

  private final Options options;
  private final Process process;
  private final Path log;
  private final long logStart;

  private PayaraMicroProcess(Options options, Process process, Path log, long logStart) {
    this.options = options;
    this.process = process;
    this.log = log;
    this.logStart = logStart;
  }

  /** Starts the instance and returns once its API answers, or fails with the end of its log. */
  public static PayaraMicroProcess start(Options options, Path workDirectory) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + options.heap());
    options.systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", property("payara.microJar")));
    command.addAll(List.of("--deploy", property("joy.test.war"), "--contextroot", "/"));
    command.addAll(List.of("--port", Integer.toString(options.port())));
    command.addAll(options.payaraArguments());
    try {
      Files.createDirectories(workDirectory);
      Path log = workDirectory.resolve(options.name() + ".log");
      // an instance started again on the same options appends to the same log
      long logStart = Files.exists(log) ? Files.size(log) : 0;
      Process process =
          new ProcessBuilder(command)
              .directory(workDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      PayaraMicroProcess instance = new PayaraMicroProcess(options, process, log, logStart);
      instance.awaitReady();
      return instance;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + name + " is not set: run this test through failsafe (mvn verify)");
    }
    return value;
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(base() + "api/instruments"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            options.name() + " exited with " + process.exitValue() + " while starting:\n" + tail());
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    kill();
    throw new IllegalStateException(options.name() + " did not start in time:\n" + tail());
  }

  /** {@code http://localhost:<port>/}, with the slash. */
  public String base() {
    return "http://localhost:" + options.port() + "/";
  }

  public URL url() {
    try {
      return URI.create(base()).toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return options.port();
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: the JVM ends at once, mid-request, with nothing flushed or rolled back by itself. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** SIGTERM: an orderly shutdown. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public Path log() {
    return log;
  }

  public Options options() {
    return options;
  }

  /** What this start of the instance has logged so far (not an earlier one's, in the same file). */
  public String logSinceStart() {
    try {
      byte[] bytes = Files.readAllBytes(log);
      int from = (int) Math.min(logStart, bytes.length);
      return new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until this start's log contains {@code text}, or fails with the end of the log. */
  public void awaitLog(String text, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!logSinceStart().contains(text)) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            options.name() + " never logged \"" + text + "\":\n" + tail());
      }
      sleep(Duration.ofMillis(250));
    }
  }

  /** The last lines of the instance's log, for failure messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
