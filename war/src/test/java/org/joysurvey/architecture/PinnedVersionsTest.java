package org.joysurvey.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * docs/dependencies.md lists every version the root pom pins, with the advisories reviewed for it:
 * a version changed in the pom without its row, or a new version property in no table, fails here.
 */
class PinnedVersionsTest {

  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Za-z0-9.-]+\\.version)` \\| ([^|]+?) \\|");

  private static final Pattern NAMED = Pattern.compile("`([A-Za-z0-9.-]+\\.version)`");

  static Map<String, String> pomVersions(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element properties =
        (Element)
            factory
                .newDocumentBuilder()
                .parse(pom.toFile())
                .getElementsByTagName("properties")
                .item(0);
    Map<String, String> versions = new LinkedHashMap<>();
    NodeList children = properties.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n instanceof Element e && e.getTagName().endsWith(".version")) {
        versions.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    return versions;
  }

  private static String doc() throws IOException {
    return Files.readString(ROOT.resolve("docs/dependencies.md"), StandardCharsets.UTF_8);
  }

  @Test
  void everyPinnedVersionOfThePomHasItsReviewedRowWithTheSameVersion() throws Exception {
    Map<String, String> pom = pomVersions(ROOT.resolve("pom.xml"));
    assertTrue(
        pom.containsKey("payara.version") && pom.containsKey("primefaces.version"), pom.toString());
    assertEquals(List.of(), problems(pom, doc()));
  }

  @Test
  void aVersionChangedWithoutItsRowOrAPropertyInNoTableIsReported() {
    String doc =
        "| property | version |\n|---|---|\n| `primefaces.version` | 15.0.13 | PrimeFaces |\n"
            + "| `gone.version` | 1.0 | removed |\n"
            + "\n## Build and test only\n\n`junit.version`\n";
    Map<String, String> pom = new LinkedHashMap<>();
    pom.put("primefaces.version", "15.0.14");
    pom.put("junit.version", "5.14.1");
    pom.put("batik.version", "1.19");
    assertEquals(
        List.of(
            "primefaces.version is 15.0.14 in pom.xml but 15.0.13 in docs/dependencies.md: review"
                + " the advisories of 15.0.14 and update its row",
            "batik.version (1.19) is in neither table of docs/dependencies.md: add its row, with"
                + " its advisories, or name it under 'Build and test only'",
            "gone.version has a row in docs/dependencies.md but is not in pom.xml"),
        problems(pom, doc));
  }

  /** What is out of step between the pom's version properties and docs/dependencies.md. */
  static List<String> problems(Map<String, String> pom, String doc) {
    String[] sections = doc.split("\n## Build and test only", 2);
    if (sections.length != 2) {
      return List.of("docs/dependencies.md has no 'Build and test only' section");
    }
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : sections[0].split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        rows.put(m.group(1), m.group(2).strip());
      }
    }
    List<String> buildOnly = new ArrayList<>();
    Matcher named = NAMED.matcher(sections[1]);
    while (named.find()) {
      buildOnly.add(named.group(1));
    }
    List<String> problems = new ArrayList<>();
    pom.forEach(
        (property, version) -> {
          if (rows.containsKey(property)) {
            if (!rows.get(property).equals(version)) {
              problems.add(
                  property
                      + " is "
                      + version
                      + " in pom.xml but "
                      + rows.get(property)
                      + " in docs/dependencies.md: review the advisories of "
                      + version
                      + " and update its row");
            }
          } else if (!buildOnly.contains(property)) {
            problems.add(
                property
                    + " ("
                    + version
                    + ") is in neither table of docs/dependencies.md: add its row, with its"
                    + " advisories, or name it under 'Build and test only'");
          }
        });
    rows.keySet().stream()
        .filter(p -> !pom.containsKey(p))
        .forEach(p -> problems.add(p + " has a row in docs/dependencies.md but is not in pom.xml"));
    if (rows.isEmpty()) {
      problems.add("docs/dependencies.md has no row of a pinned version");
    }
    return problems;
  }
}
