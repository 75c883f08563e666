package org.joysurvey.narrative;

import java.util.Map;

/** STUB until the narrative branch lands: the designers' Markdown blocks of an edition. */
public record Narrative(
    String introduction,
    String conclusion,
    String recommendations,
    String appendices,
    Map<String, String> chapterIntros) {

  public static final Narrative EMPTY = new Narrative("", "", "", "", Map.of());

  public Narrative {
    introduction = introduction == null ? "" : introduction;
    conclusion = conclusion == null ? "" : conclusion;
    recommendations = recommendations == null ? "" : recommendations;
    appendices = appendices == null ? "" : appendices;
    chapterIntros = chapterIntros == null ? Map.of() : Map.copyOf(chapterIntros);
  }
}
