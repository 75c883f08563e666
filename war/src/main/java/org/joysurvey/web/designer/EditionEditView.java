package org.joysurvey.web.designer;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joysurvey.analysis.AnalysisExportService;
import org.joysurvey.analysis.ExportFormat;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.NewEdition;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.edition.WordingHistory;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.publication.EditionNotClosedException;
import org.joysurvey.publication.Publication;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.security.Roles;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.web.pages.PublicUrl;

/**
 * {@code designer/edition.xhtml?id=}: a draft's year, title, suppression threshold, instruments
 * (which and in what order), their settings, as forms generated from the instruments' {@link
 * SettingDefinition}s, and the edition's own wording of their items. A draft can be changed
 * throughout; of an open edition only the wording, each change becoming a new wording version (the
 * history is listed); a closed edition is shown read-only. Saving goes through {@link
 * EditionService#update}, so the page and the API share the checks, the versioning and its audit. A
 * closed edition's report can be published here (admins and analysts; {@link
 * PublicationService#publish}), and the published versions are listed.
 */
@Named
@ViewScoped
public class EditionEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditionService editions;

  @Inject private InstrumentRegistry registry;

  @Inject private PublicationService publicationService;

  @Inject private PublicUrl publicUrl;

  @Inject private AnalysisExportService analysisExport;

  @Inject private AuditLog audit;

  private String exportFormat = ExportFormat.BUNDLE.code();

  private boolean exportDerived = true;

  private Long id;
  private boolean found;
  private EditionStatus status;
  private long responses;
  private Integer year;
  private String title;
  private Integer threshold;
  private List<InstrumentRow> rows = new ArrayList<>();
  private WordingHistory wordingHistory;
  private Map<String, String> errors = new HashMap<>();
  private List<Publication> publications = List.of();
  private String publicationNote;
  private String reportLink;

  /** Called by {@code f:viewAction} once the {@code id} parameter is set. */
  public void load() {
    Optional<EditionView> edition = id == null ? Optional.empty() : editions.find(id);
    found = edition.isPresent();
    if (!found) {
      return;
    }
    EditionView e = edition.get();
    status = e.status();
    responses = e.responses();
    year = e.year();
    title = e.title();
    threshold = e.suppressionThreshold();
    wordingHistory = editions.wordingHistory(id);
    publications = publicationService.list(id);
    reportLink = publicUrl.reportLink(requestBase(), id);
    rows = new ArrayList<>();
    for (String instrumentId : e.instruments()) {
      registry.find(instrumentId).ifPresent(i -> rows.add(row(i, e.settings(), true)));
    }
    for (LoadedInstrument loaded : registry.installed()) {
      if (!e.instruments().contains(loaded.id())) {
        rows.add(row(loaded.instrument(), e.settings(), false));
      }
    }
  }

  private static InstrumentRow row(
      Instrument instrument, Map<String, String> settings, boolean enabled) {
    String instrumentId = instrument.metadata().id();
    List<SettingField> fields = new ArrayList<>();
    for (SettingDefinition definition : instrument.settings()) {
      fields.add(
          new SettingField(
              instrumentId, definition, settings.get(instrumentId + "." + definition.key())));
    }
    List<WordingField> wording = new ArrayList<>();
    for (Item item : instrument.items()) {
      wording.add(
          new WordingField(
              instrumentId,
              item.code(),
              item.text(),
              settings.get(instrumentId + ".wording." + item.code())));
    }
    return new InstrumentRow(
        instrumentId,
        instrument.metadata().version(),
        instrument.metadata().title(),
        instrument.metadata().description(),
        fields,
        wording,
        enabled);
  }

  /** Shows or hides the items' wording of row {@code index}. */
  public void toggleWording(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.get(index).setWordingShown(!rows.get(index).isWordingShown());
    }
  }

  public void moveUp(int index) {
    if (index > 0 && index < rows.size()) {
      rows.add(index - 1, rows.remove(index));
    }
  }

  public void moveDown(int index) {
    if (index >= 0 && index < rows.size() - 1) {
      rows.add(index + 1, rows.remove(index));
    }
  }

  public void save() {
    errors = new HashMap<>();
    List<String> instruments = new ArrayList<>();
    Map<String, String> settings = new LinkedHashMap<>();
    for (InstrumentRow row : rows) {
      if (!row.isEnabled()) {
        continue;
      }
      instruments.add(row.getId());
      for (SettingField field : row.getSettings()) {
        String value = field.value();
        // a value equal to the default is not stored, so that the edition follows the instrument's
        // default
        if (value != null && !value.equals(field.getDefaultValue())) {
          settings.put(field.getFullKey(), value);
        }
      }
      for (WordingField field : row.getWording()) {
        if (field.value() != null) {
          settings.put(field.getSettingKey(), field.value());
        }
      }
    }
    Set<String> shown = new HashSet<>();
    rows.stream().filter(InstrumentRow::isWordingShown).forEach(r -> shown.add(r.getId()));
    try {
      editions.update(
          id, new NewEdition(year, title, instruments, settings, null, threshold), Pages.actor());
      Pages.info("Saved.");
      load();
      // the designer who was reading an instrument's wording goes on reading it
      rows.stream().filter(r -> shown.contains(r.getId())).forEach(r -> r.setWordingShown(true));
    } catch (InputRejectedException | UnknownEditionException e) {
      if (e instanceof InputRejectedException rejected) {
        for (Problem p : rejected.problems()) {
          errors.merge(p.column() == null ? "" : p.column(), p.message(), (a, b) -> a + "; " + b);
        }
      }
      // a wording that was refused is shown with its message
      rows.stream()
          .filter(
              r ->
                  r.getWording().stream()
                      .anyMatch(w -> errors.containsKey("settings." + w.getSettingKey())))
          .forEach(r -> r.setWordingShown(true));
      Pages.rejected(e);
    }
  }

  /** Opens the survey to respondents; the edition is read-only from then on. */
  public void openSurvey() {
    try {
      editions.changeStatus(id, EditionStatus.OPEN.code(), Pages.actor());
      Pages.info("The survey is open.");
      load();
    } catch (InputRejectedException | UnknownEditionException e) {
      Pages.rejected(e);
    }
  }

  /**
   * Publishes the report of the closed edition as its next version: from then on anyone with the
   * report's link sees it, as it is now.
   */
  public void publish() {
    try {
      Publication p = publicationService.publish(id, publicationNote, Pages.actor());
      Pages.info(
          "Published: version "
              + p.version()
              + " of the report, of "
              + p.responses()
              + " responses, is public now.");
      publicationNote = null;
      load();
    } catch (InputRejectedException | UnknownEditionException e) {
      Pages.rejected(e);
    } catch (EditionNotClosedException e) {
      Pages.error(null, e.getMessage());
    }
  }

  /** Whether the user may download the responses for analysis: an admin or analyst. */
  public boolean isAnalysisDownload() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return found && (external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.ANALYST));
  }

  /** The formats offered, name to code. */
  public java.util.Map<String, String> getExportFormats() {
    return org.joysurvey.web.pages.AnalysisDownloads.FORMATS;
  }

  /**
   * Sends the responses in the chosen format as a download, audited as the API's export is ({@code
   * responses.export}).
   */
  public void downloadForAnalysis() throws java.io.IOException {
    if (!isAnalysisDownload()) {
      Pages.error(null, "Only admins and analysts may download the responses.");
      return;
    }
    ExportFormat format = ExportFormat.of(exportFormat).orElse(ExportFormat.BUNDLE);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    audit.record(
        Pages.actor(),
        "responses.export",
        "edition/" + id,
        format.auditDetail(exportDerived, responses) + ", from the edition page");
    external.responseReset();
    external.setResponseContentType(format.mediaType());
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + format.fileName(id) + "\"");
    analysisExport.export(id, format, exportDerived, external.getResponseOutputStream());
    faces.responseComplete();
  }

  public String getExportFormat() {
    return exportFormat;
  }

  public void setExportFormat(String exportFormat) {
    this.exportFormat = exportFormat;
  }

  public boolean isExportDerived() {
    return exportDerived;
  }

  public void setExportDerived(boolean exportDerived) {
    this.exportDerived = exportDerived;
  }

  /** Whether the report can be published: the edition is closed, the user an admin or analyst. */
  public boolean isPublishable() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return found
        && status == EditionStatus.CLOSED
        && (external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.ANALYST));
  }

  /** The published versions, oldest first. */
  public List<Publication> getPublications() {
    return publications;
  }

  /** The latest published version, or {@code null}. */
  public Publication getLatestPublication() {
    return publications.isEmpty() ? null : publications.get(publications.size() - 1);
  }

  /** Where the published report is read: the latest version. */
  public String getReportLink() {
    return reportLink;
  }

  /** The link of one published version. */
  public String versionLink(int version) {
    return reportLink + "&version=" + version;
  }

  public String getPublicationNote() {
    return publicationNote;
  }

  public void setPublicationNote(String publicationNote) {
    this.publicationNote = publicationNote;
  }

  private static String requestBase() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  /** Whether everything can be changed: only in a draft. */
  public boolean isEditable() {
    return found && status == EditionStatus.DRAFT;
  }

  /**
   * Whether the items' wording can be changed: in a draft, and while the edition is open (a typo
   * fixed mid-survey), as a new wording version.
   */
  public boolean isWordingEditable() {
    return found && (status == EditionStatus.DRAFT || status == EditionStatus.OPEN);
  }

  /**
   * Whether row {@code index} is the first, or the last, of the list (for the up and down buttons).
   */
  public boolean isFirst(int index) {
    return index == 0;
  }

  public boolean isLast(int index) {
    return index == rows.size() - 1;
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

  public EditionStatus getStatus() {
    return status;
  }

  public long getResponses() {
    return responses;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  /** The wording versions, oldest first, and the responses under each. */
  public WordingHistory getWordingHistory() {
    return wordingHistory;
  }

  /** The responses stored under version 0, the plugins' wording. */
  public long getPluginWordingResponses() {
    return wordingHistory == null ? 0 : wordingHistory.responsesByVersion().getOrDefault(0, 0L);
  }

  public List<InstrumentRow> getRows() {
    return rows;
  }

  public Map<String, String> getErrors() {
    return errors;
  }
}
