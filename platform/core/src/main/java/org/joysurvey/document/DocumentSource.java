package org.joysurvey.document;

import java.util.List;
import java.util.Map;
import org.joysurvey.narrative.Narrative;
import org.joysurvey.publication.PublicReport;
import org.joysurvey.publication.Publication;
import org.joysurvey.publication.SurveyFacts;
import org.joysurvey.society.SocietyProfile;
import org.joysurvey.spi.KeyFinding;

/**
 * Everything a white paper is made of: the society, the report's public view (a draft shows what
 * publishing it would publish), the publication it is (or {@code null} for a draft), the designers'
 * narrative, the facts of the survey for the methods, and each instrument's key-finding templates
 * by instrument id; {@code groupLabel} names the one group the report is restricted to ("Practice
 * mode: large group"), or is {@code null} for everyone.
 */
public record DocumentSource(
    SocietyProfile society,
    PublicReport report,
    Publication publication,
    Narrative narrative,
    SurveyFacts facts,
    Map<String, List<KeyFinding>> keyFindings,
    String groupLabel) {

  public DocumentSource {
    narrative = narrative == null ? Narrative.EMPTY : narrative;
    keyFindings = Map.copyOf(keyFindings);
  }

  public boolean isDraft() {
    return publication == null;
  }
}
