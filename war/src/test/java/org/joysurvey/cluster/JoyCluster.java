package org.joysurvey.cluster;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.joysurvey.processes.FreePorts;
import org.joysurvey.processes.HaproxyProcess;
import org.joysurvey.processes.PayaraMicroProcess;
import org.joysurvey.processes.TemporaryPostgres;

/**
 * The cluster of docs/deployment.md ("Several instances") on loopback: a PostgreSQL server of its
 * own, two Payara Micro instances of the built WAR, {@code a} and {@code b}, in one Payara data
 * grid that only they can join (a cluster name of this run's own, TCP/IP discovery), and HAProxy in
 * front of them running {@code deploy/haproxy.cfg}, the documented file, unchanged.
 */
final class JoyCluster implements AutoCloseable {

  static final String ADMIN_PASSWORD = "cluster-admin-secret";

  /** What Payara logs (in its data grid status) once an instance is in a grid of two. */
  private static final String GRID_OF_TWO = "DG Size: 2";

  private static final Duration JOIN_TIMEOUT = Duration.ofMinutes(3);

  private final Path work;
  private final TemporaryPostgres database;
  private final PayaraMicroProcess.Options[] options = new PayaraMicroProcess.Options[2];
  private final PayaraMicroProcess[] instances = new PayaraMicroProcess[2];
  private final HaproxyProcess haproxy;
  private final int balancerPort;

  private JoyCluster(Path work) {
    this.work = work;
    this.database = TemporaryPostgres.start();
    try {
      String clusterName = "joy-test-" + UUID.randomUUID();
      List<Integer> gridPorts = List.of(FreePorts.next(), FreePorts.next());
      for (int i = 0; i < 2; i++) {
        String name = name(i);
        options[i] =
            PayaraMicroProcess.Options.inCluster(
                name,
                Map.of(
                    "joy.db.url",
                    database.jdbcUrl(),
                    "joy.demo",
                    "false",
                    "joy.admin.password",
                    ADMIN_PASSWORD,
                    "joy.data.dir",
                    work.resolve("data-" + name).toString(),
                    "joy.respondents.client-address-header",
                    "X-Forwarded-For"),
                clusterName,
                gridPorts.get(i),
                gridPorts);
      }
      // both at once, as a society's servers boot: Flyway's lock lets one migrate
      CompletableFuture<PayaraMicroProcess> a =
          CompletableFuture.supplyAsync(() -> PayaraMicroProcess.start(options[0], work));
      CompletableFuture<PayaraMicroProcess> b =
          CompletableFuture.supplyAsync(() -> PayaraMicroProcess.start(options[1], work));
      instances[0] = a.join();
      instances[1] = b.join();
      instances[0].awaitLog(GRID_OF_TWO, JOIN_TIMEOUT);
      instances[1].awaitLog(GRID_OF_TWO, JOIN_TIMEOUT);
      balancerPort = FreePorts.next();
      haproxy =
          HaproxyProcess.start(
              configuration(),
              Map.of(
                  "JOY_LB_BIND", "127.0.0.1:" + balancerPort,
                  "JOY_A", "127.0.0.1:" + instances[0].port(),
                  "JOY_B", "127.0.0.1:" + instances[1].port()),
              balancerPort,
              work);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts the whole cluster in a new directory under {@code target/}. */
  static JoyCluster start() {
    try {
      Path target = Path.of(System.getProperty("user.dir"), "target");
      Files.createDirectories(target);
      return new JoyCluster(Files.createTempDirectory(target, "cluster-"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** deploy/haproxy.cfg of the repository, which docs/deployment.md shows. */
  private static Path configuration() {
    String configured = System.getProperty("joy.test.haproxyConfig");
    Path file =
        configured != null
            ? Path.of(configured)
            : Path.of(System.getProperty("user.dir")).resolveSibling("deploy/haproxy.cfg");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("No HAProxy configuration at " + file);
    }
    return file;
  }

  private static String name(int index) {
    return index == 0 ? "a" : "b";
  }

  private static int index(String name) {
    return switch (name) {
      case "a" -> 0;
      case "b" -> 1;
      default -> throw new IllegalArgumentException("no instance " + name);
    };
  }

  /** The load balancer, where respondents and admins go: {@code http://127.0.0.1:<port>/}. */
  URI balancer() {
    return URI.create("http://127.0.0.1:" + balancerPort + "/");
  }

  /** One instance's own address, past the load balancer. */
  URI direct(String name) {
    return URI.create(instance(name).base());
  }

  PayaraMicroProcess instance(String name) {
    return instances[index(name)];
  }

  TemporaryPostgres database() {
    return database;
  }

  HaproxyProcess haproxy() {
    return haproxy;
  }

  /** kill -9 of one instance: its JVM ends at once, requests and all. */
  void kill(String name) {
    instance(name).kill();
  }

  /**
   * Starts again each instance that is not running, and returns once both are in the grid again and
   * the load balancer sends requests to both.
   */
  void bothRunning() {
    for (int i = 0; i < 2; i++) {
      if (!instances[i].isAlive()) {
        instances[i] = PayaraMicroProcess.start(options[i], work);
        instances[i].awaitLog(GRID_OF_TWO, JOIN_TIMEOUT);
      }
    }
  }

  @Override
  public void close() {
    if (haproxy != null) {
      haproxy.close();
    }
    for (PayaraMicroProcess instance : instances) {
      if (instance != null) {
        instance.close();
      }
    }
    database.close();
  }
}
