package org.joysurvey.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The written parts of a published demo report, as a society writes them around its figures: an
 * introduction, one paragraph for each instrument's chapter, a conclusion, recommendations and an
 * appendix on methods, in Markdown, each saying that the data are generated. They are the resources
 * {@code narrative-<year>/<block>.md} beside this class, and belong with the published report of
 * that year's demo edition, which {@link DemoEdition} seeds; the narrative service stores them for
 * that edition.
 */
public final class DemoNarrative {

  /** The blocks around the instruments' chapters, before ({@code introduction}) and after. */
  public static final String INTRODUCTION = "introduction";

  public static final List<String> CLOSING = List.of("conclusion", "recommendations", "appendices");

  private DemoNarrative() {}

  /**
   * The narrative of {@code year}'s demo report: block name (an instrument's id for its chapter) to
   * Markdown, in the report's order, introduction first and the instruments in the given order. An
   * instrument without a text of that year (an external plugin's) has no block.
   *
   * @return empty when there is no narrative for that year
   */
  public static Map<String, String> forYear(int year, List<String> instrumentIds) {
    Map<String, String> blocks = new LinkedHashMap<>();
    add(blocks, year, INTRODUCTION);
    instrumentIds.forEach(id -> add(blocks, year, id));
    CLOSING.forEach(block -> add(blocks, year, block));
    return blocks;
  }

  private static void add(Map<String, String> blocks, int year, String block) {
    String resource = "narrative-" + year + "/" + block + ".md";
    try (InputStream in = DemoNarrative.class.getResourceAsStream(resource)) {
      if (in != null) {
        blocks.put(block, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The demo narrative " + resource + " cannot be read.", e);
    }
  }
}
