package org.joysurvey.narrative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionCopied;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * Reads and saves an edition's report narrative ({@link Narrative}, table {@code
 * edition_narrative}) and the number invited to an edition run outside the platform ({@code
 * edition.invited_elsewhere}), which the report's methods use when the edition sent no invitations.
 *
 * <p>Both may change in every status of the edition: a designer writes the conclusion after the
 * survey has closed. A publication keeps the copy it was published with. Every change is audited as
 * {@code edition.narrative}, naming the blocks that changed, never their text. Copying an edition
 * copies its narrative ({@link EditionCopied}), not the number invited elsewhere.
 */
@ApplicationScoped
@Transactional
public class NarrativeService {

  /** The most characters a block may have. */
  public static final int BLOCK_LENGTH = 20_000;

  /** The largest number invited elsewhere that is accepted. */
  public static final long MAX_INVITED = 10_000_000L;

  private static final String CHAPTER = "chapter";

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private EditionService editions;

  @Inject private AuditLog audit;

  /**
   * The edition's narrative, with the chapter paragraphs of its instruments in the edition's order;
   * {@link Narrative#EMPTY} when nothing was written.
   *
   * @throws UnknownEditionException when there is no such edition
   */
  public Narrative narrative(long editionId) {
    return narrative(edition(editionId));
  }

  /**
   * The number invited to the edition when it was run elsewhere, or {@code null} when none was
   * entered.
   *
   * @throws UnknownEditionException when there is no such edition
   */
  public Long invitedElsewhere(long editionId) {
    edition(editionId);
    return storedInvitedElsewhere(editionId);
  }

  private Long storedInvitedElsewhere(long editionId) {
    List<?> rows =
        em.createNativeQuery("select invited_elsewhere from edition where id = ?")
            .setParameter(1, editionId)
            .getResultList();
    return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
  }

  /** The Markdown as the report shows it ({@link Markdown#toXhtml}), for a page's preview. */
  public String preview(String markdown) {
    return Markdown.toXhtml(markdown);
  }

  /**
   * Replaces the edition's narrative, keeping the number invited elsewhere.
   *
   * @throws InputRejectedException when a block is too long or a chapter is not one of the
   *     edition's instruments; nothing is stored then
   */
  public void save(long editionId, Narrative narrative, String actor) {
    save(editionId, narrative, invitedElsewhere(editionId), actor);
  }

  /**
   * Replaces the edition's narrative and the number invited elsewhere ({@code null}: unknown), both
   * or neither.
   *
   * @throws InputRejectedException when a block is too long, a chapter is not one of the edition's
   *     instruments or the number is not between 1 and {@link #MAX_INVITED}; nothing is stored then
   */
  public void save(long editionId, Narrative narrative, Long invitedElsewhere, String actor) {
    EditionView edition = edition(editionId);
    Narrative next = (narrative == null ? Narrative.EMPTY : narrative).withoutBlankChapters();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> blocks = blocks(next);
    blocks.forEach(
        (name, markdown) -> {
          if (markdown.length() > BLOCK_LENGTH) {
            problems.add(
                Problem.at(
                    name,
                    "must be at most " + BLOCK_LENGTH + " characters, is " + markdown.length()));
          }
        });
    for (String instrument : next.chapterIntros().keySet()) {
      if (!edition.instruments().contains(instrument)) {
        problems.add(
            Problem.at(
                "chapters." + instrument,
                "'"
                    + instrument
                    + "' is not an instrument of this edition ("
                    + String.join(", ", edition.instruments())
                    + ")"));
      }
    }
    if (invitedElsewhere != null && (invitedElsewhere < 1 || invitedElsewhere > MAX_INVITED)) {
      problems.add(
          Problem.at(
              "invitedElsewhere",
              "must be a whole number from 1 to "
                  + String.format(java.util.Locale.ROOT, "%,d", MAX_INVITED)
                  + ", or empty when unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The narrative was not saved.", problems);
    }
    // one save after the other: both replace the same rows
    em.createNativeQuery("update edition set invited_elsewhere = invited_elsewhere where id = ?")
        .setParameter(1, editionId)
        .executeUpdate();
    Map<String, String> before = blocks(narrative(edition));
    Long invitedBefore = storedInvitedElsewhere(editionId);
    List<String> changed = new ArrayList<>();
    for (String name : union(blocks, before)) {
      if (!before.getOrDefault(name, "").equals(blocks.getOrDefault(name, ""))) {
        changed.add(name);
      }
    }
    boolean invitedChanged = !Objects.equals(invitedBefore, invitedElsewhere);
    if (changed.isEmpty() && !invitedChanged) {
      return;
    }
    em.createNativeQuery("delete from edition_narrative where edition_id = ?")
        .setParameter(1, editionId)
        .executeUpdate();
    blocks.forEach(
        (name, markdown) -> {
          if (!markdown.isBlank()) {
            boolean chapter = name.startsWith(CHAPTER + "s.");
            em.createNativeQuery(
                    "insert into edition_narrative (edition_id, block, chapter, markdown)"
                        + " values (?, ?, ?, ?)")
                .setParameter(1, editionId)
                .setParameter(2, chapter ? CHAPTER : name)
                .setParameter(3, chapter ? name.substring(CHAPTER.length() + 2) : "")
                .setParameter(4, markdown)
                .executeUpdate();
          }
        });
    if (invitedChanged && invitedElsewhere == null) {
      // no null parameter: its type would be guessed, and PostgreSQL refuses a varchar for a bigint
      em.createNativeQuery("update edition set invited_elsewhere = null where id = ?")
          .setParameter(1, editionId)
          .executeUpdate();
    } else if (invitedChanged) {
      em.createNativeQuery("update edition set invited_elsewhere = ? where id = ?")
          .setParameter(1, invitedElsewhere)
          .setParameter(2, editionId)
          .executeUpdate();
    }
    em.flush();
    List<String> detail = new ArrayList<>();
    if (!changed.isEmpty()) {
      detail.add("changed " + String.join(", ", changed));
    }
    if (invitedChanged) {
      detail.add("invited elsewhere " + (invitedElsewhere == null ? "unknown" : invitedElsewhere));
    }
    audit.record(actor, "edition.narrative", "edition/" + editionId, String.join("; ", detail));
  }

  /**
   * Copies the narrative of the edition copied from into the copy, in the copying transaction. The
   * copy has the same instruments, so every chapter paragraph still has its chapter.
   */
  public void copyNarrative(@Observes EditionCopied copied) {
    int rows =
        em.createNativeQuery(
                "insert into edition_narrative (edition_id, block, chapter, markdown)"
                    + " select ?, block, chapter, markdown from edition_narrative"
                    + " where edition_id = ?")
            .setParameter(1, copied.copy())
            .setParameter(2, copied.source())
            .executeUpdate();
    if (rows > 0) {
      em.flush();
      audit.record(
          copied.actor(),
          "edition.narrative",
          "edition/" + copied.copy(),
          "copied " + rows + " blocks from edition " + copied.source());
    }
  }

  private Narrative narrative(EditionView edition) {
    Map<String, String> blocks = new HashMap<>();
    Map<String, String> chapters = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select block, chapter, markdown from edition_narrative where edition_id = ?")
            .setParameter(1, edition.id())
            .getResultList()) {
      Object[] r = (Object[]) row;
      if (CHAPTER.equals(r[0])) {
        chapters.put((String) r[1], (String) r[2]);
      } else {
        blocks.put((String) r[0], (String) r[2]);
      }
    }
    // the edition's order; a paragraph of an instrument a draft no longer has is left out
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String instrument : edition.instruments()) {
      if (chapters.containsKey(instrument)) {
        ordered.put(instrument, chapters.get(instrument));
      }
    }
    return new Narrative(
        blocks.get("introduction"),
        blocks.get("conclusion"),
        blocks.get("recommendations"),
        blocks.get("appendices"),
        ordered);
  }

  /**
   * Every block by the name the API and the problems use ({@code chapters.mini-z} for chapters).
   */
  private static Map<String, String> blocks(Narrative n) {
    Map<String, String> blocks = new LinkedHashMap<>();
    blocks.put("introduction", n.introduction());
    n.chapterIntros()
        .forEach((instrument, markdown) -> blocks.put("chapters." + instrument, markdown));
    blocks.put("conclusion", n.conclusion());
    blocks.put("recommendations", n.recommendations());
    blocks.put("appendices", n.appendices());
    return blocks;
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> names = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(names::add);
    return names;
  }

  private EditionView edition(long editionId) {
    return editions.find(editionId).orElseThrow(() -> new UnknownEditionException(editionId));
  }
}
