package org.joysurvey.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.narrative.NarrativeService;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.publication.PublicReport;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.publication.PublishedReport;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.report.ReportService;
import org.joysurvey.society.SocietyProfile;
import org.joysurvey.society.SocietyService;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.Subgroups;

/**
 * The white paper of an edition: the draft of its live report (for admins and analysts) or one of
 * its publications (for anyone), as XHTML for the print page and as a tagged PDF. A publication's
 * PDF is rendered once per instance and kept (a few of the latest), since a publication never
 * changes: the key holds the version and the society profile it was drawn with.
 */
@ApplicationScoped
public class DocumentService {

  /** How many rendered publications an instance keeps (about 1-2 MB each). */
  private static final int CACHED = 16;

  @Inject private ReportService reports;

  @Inject private PublicationService publications;

  @Inject private NarrativeService narratives;

  @Inject private SocietyService society;

  @Inject private InstrumentRegistry registry;

  private final Map<String, byte[]> rendered =
      new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CACHED;
        }
      };

  /**
   * The draft of the live report, as publishing it now would publish it; empty when the edition
   * does not exist or is still a draft itself.
   *
   * @throws org.joysurvey.problem.InputRejectedException for a group that is unknown or too small
   */
  public Optional<WhitePaper> draft(long editionId, ReportGroup group) {
    Optional<EditionReport> live = reports.report(editionId, group);
    if (live.isEmpty()
        || live.get().edition().status() == org.joysurvey.edition.EditionStatus.DRAFT) {
      return Optional.empty();
    }
    EditionReport report = live.get();
    SocietyProfile profile = society.current();
    DocumentSource source =
        new DocumentSource(
            profile,
            PublicReport.of(report),
            null,
            narratives.narrative(editionId),
            publications.facts(editionId),
            keyFindings(),
            groupLabel(editionId, group));
    return Optional.of(
        new WhitePaper(source, profile.logoUrl(), fileName(report, group, "draft"), null));
  }

  /** The latest publication, or version {@code version}; empty when there is none. */
  public Optional<WhitePaper> published(long editionId, ReportGroup group, Integer version) {
    Optional<PublishedReport> found =
        version == null
            ? publications.latest(editionId, group)
            : publications.version(editionId, group, version);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PublishedReport published = found.get();
    EditionReport report = published.report().report();
    SocietyProfile profile = society.current();
    DocumentSource source =
        new DocumentSource(
            profile,
            published.report(),
            published.publication(),
            published.narrative(),
            published.facts(),
            keyFindings(),
            groupLabel(editionId, group));
    int v = published.publication().version();
    return Optional.of(
        new WhitePaper(
            source,
            profile.logoUrl(),
            fileName(report, group, "v" + v),
            editionId + "/" + group + "/" + v + "/" + profile.hashCode()));
  }

  /** The document as PDF bytes; a publication's from this instance's cache once rendered. */
  public byte[] pdf(WhitePaper paper) {
    if (paper.key() != null) {
      synchronized (rendered) {
        byte[] cached = rendered.get(paper.key());
        if (cached != null) {
          return cached;
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    try {
      PdfRenderer.render(paper.xhtml(), paper.logoUrl(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF of " + paper.fileName() + " failed", e);
    }
    byte[] bytes = out.toByteArray();
    if (paper.key() != null) {
      synchronized (rendered) {
        rendered.put(paper.key(), bytes);
      }
    }
    return bytes;
  }

  private Map<String, List<KeyFinding>> keyFindings() {
    Map<String, List<KeyFinding>> byInstrument = new LinkedHashMap<>();
    for (LoadedInstrument i : registry.installed()) {
      try {
        byInstrument.put(i.id(), List.copyOf(i.instrument().keyFindings()));
      } catch (RuntimeException e) {
        // a plugin whose templates fail contributes no findings; the rest of the document stands
        byInstrument.put(i.id(), List.of());
      }
    }
    return byInstrument;
  }

  private String groupLabel(long editionId, ReportGroup group) {
    if (group == null) {
      return null;
    }
    for (Subgroups.Dimension d : reports.subgroups(editionId)) {
      if (d.variable().equals(group.variable())) {
        for (Subgroups.Group g : d.groups()) {
          if (g.code().equals(group.code())) {
            return d.title() + ": " + g.label();
          }
        }
      }
    }
    return group.toString();
  }

  /** "joy-of-medicine-2020-v2.pdf": the title in ASCII letters, digits and hyphens. */
  private static String fileName(EditionReport report, ReportGroup group, String what) {
    String title =
        Normalizer.normalize(report.edition().title(), Normalizer.Form.NFKD)
            .replaceAll("[^\\p{ASCII}]", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    String of =
        group == null
            ? ""
            : "-" + group.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return (title.isEmpty() ? "report" : title) + "-" + report.edition().year() + of + "-" + what;
  }
}
