package org.joysurvey.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.joysurvey.processes.PayaraMicroProcess;
import org.junit.jupiter.api.Test;

/**
 * docs/deployment.md ("Several instances") shows what {@link ClusterFailoverIT} runs: the HAProxy
 * configuration is deploy/haproxy.cfg word for word, and the instances' start command has the
 * clustering options the test starts them with.
 */
class ClusterDocumentationTest {

  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  private static String deploymentDoc() throws IOException {
    return Files.readString(ROOT.resolve("docs/deployment.md"));
  }

  @Test
  void theDocumentShowsTheHaproxyConfigurationAsItIs() throws IOException {
    String configuration = Files.readString(ROOT.resolve("deploy/haproxy.cfg"));
    assertTrue(
        deploymentDoc().contains("```\n" + configuration + "```\n"),
        "docs/deployment.md shows deploy/haproxy.cfg verbatim in a code block");
  }

  @Test
  void theDocumentedStartCommandHasTheTestsClusteringOptions() throws IOException {
    String doc = deploymentDoc();
    List<String> arguments =
        PayaraMicroProcess.Options.inCluster("a", Map.of(), "test", 6900, List.of(6900, 6901))
            .payaraArguments();
    for (String argument : arguments) {
      // the options, not the values; --nohostaware is documented for one machine only
      if (argument.startsWith("--")) {
        assertTrue(doc.contains(argument), "docs/deployment.md names " + argument);
      }
    }
    assertTrue(doc.contains("--clustermode tcpip:"), "TCP/IP discovery, never multicast");
  }
}
