package org.joysurvey.web.designer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.narrative.Narrative;
import org.joysurvey.narrative.NarrativeService;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * The "Report narrative" section of {@code designer/edition.xhtml?id=} (admins and designers, as
 * every designer page): a Markdown text area per block with a preview beside it, rendered as the
 * report renders it ({@link NarrativeService#preview}), and the number invited to an edition run
 * elsewhere. Saving goes through {@link NarrativeService#save}, all or nothing, in every status of
 * the edition; a publication keeps the narrative it was published with.
 */
@Named
@ViewScoped
public class NarrativeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient NarrativeService narratives;

  @Inject private transient org.joysurvey.edition.EditionService editions;

  @Inject private transient InstrumentRegistry registry;

  private Long id;
  private boolean found;
  private List<NarrativeBlock> blocks = new ArrayList<>();
  private Long invitedElsewhere;
  private Map<String, String> errors = new HashMap<>();

  /** Called by {@code f:viewAction} once the {@code id} parameter is set. */
  public void load() {
    Optional<EditionView> edition = id == null ? Optional.empty() : editions.find(id);
    found = edition.isPresent();
    if (!found) {
      return;
    }
    Narrative n = narratives.narrative(id);
    invitedElsewhere = narratives.invitedElsewhere(id);
    blocks = new ArrayList<>();
    blocks.add(
        new NarrativeBlock(
            "introduction",
            "Introduction",
            "Opens the report: why the survey was run and what it covers.",
            n.introduction()));
    for (String instrument : edition.get().instruments()) {
      String title = registry.find(instrument).map(i -> i.metadata().title()).orElse(instrument);
      blocks.add(
          new NarrativeBlock(
              "chapters." + instrument,
              "Chapter: " + title,
              "A paragraph at the top of the " + title + " chapter, above its figures.",
              n.chapterIntro(instrument)));
    }
    blocks.add(
        new NarrativeBlock(
            "conclusion", "Conclusion", "What the figures say, taken together.", n.conclusion()));
    blocks.add(
        new NarrativeBlock(
            "recommendations",
            "Recommendations",
            "What the society recommends in the light of the results.",
            n.recommendations()));
    blocks.add(
        new NarrativeBlock(
            "appendices",
            "Appendices",
            "Anything else the report should carry at its end.",
            n.appendices()));
  }

  /** The block's Markdown as the report shows it: safe XHTML (raw HTML is shown as text). */
  public String preview(NarrativeBlock block) {
    return narratives.preview(block.getMarkdown());
  }

  /** Saves every block and the number invited elsewhere, or nothing. */
  public void save() {
    errors = new HashMap<>();
    Map<String, String> chapters = new LinkedHashMap<>();
    Map<String, String> others = new HashMap<>();
    for (NarrativeBlock block : blocks) {
      if (block.instrument() != null) {
        chapters.put(block.instrument(), block.getMarkdown());
      } else {
        others.put(block.getKey(), block.getMarkdown());
      }
    }
    try {
      narratives.save(
          id,
          new Narrative(
              others.get("introduction"),
              others.get("conclusion"),
              others.get("recommendations"),
              others.get("appendices"),
              chapters),
          invitedElsewhere,
          Pages.actor());
      Pages.info(
          "The report narrative was saved. A published report keeps the narrative it was"
              + " published with; publish a new version to include these changes.");
    } catch (InputRejectedException e) {
      Pages.error(null, e.getMessage());
      for (Problem p : e.problems()) {
        errors.put(p.column() == null ? "" : p.column(), p.message());
        Pages.error(null, label(p.column()) + ": " + p.message());
      }
    } catch (UnknownEditionException e) {
      Pages.rejected(e);
    }
  }

  private String label(String column) {
    if ("invitedElsewhere".equals(column)) {
      return "Invited";
    }
    return blocks.stream()
        .filter(b -> b.getKey().equals(column))
        .map(NarrativeBlock::getLabel)
        .findFirst()
        .orElse(column == null ? "Narrative" : column);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isFound() {
    return found;
  }

  public List<NarrativeBlock> getBlocks() {
    return blocks;
  }

  public Long getInvitedElsewhere() {
    return invitedElsewhere;
  }

  public void setInvitedElsewhere(Long invitedElsewhere) {
    this.invitedElsewhere = invitedElsewhere;
  }

  /** Each problem of the last save by field ({@code introduction}, {@code invitedElsewhere}). */
  public Map<String, String> getErrors() {
    return errors;
  }

  /** The longest block the service accepts, for the text areas' hint. */
  public int getBlockLength() {
    return NarrativeService.BLOCK_LENGTH;
  }

  /** The largest number invited the service accepts. */
  public long getMaxInvited() {
    return NarrativeService.MAX_INVITED;
  }
}
