package org.joysurvey.web.designer;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.participation.Delivery;
import org.joysurvey.participation.InvitationDashboard;
import org.joysurvey.participation.InvitationService;
import org.joysurvey.participation.InviteeImport;
import org.joysurvey.participation.ResponsesOnDay;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.web.pages.PublicUrl;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code designer/invitations.xhtml?id=}: how respondents reach an edition (invitations or one
 * public link), the invitee list, sending invitations and reminders, the dashboard, and the export
 * of incentive addresses.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditionService editions;

  @Inject private InvitationService invitations;

  @Inject private PublicUrl publicUrl;

  private Long id;
  private boolean found;
  private String title;
  private int year;
  private EditionStatus status;
  private String accessMode;
  private InvitationDashboard dashboard;
  private transient UploadedFile file;
  private List<RowProblem> importProblems = List.of();
  private InviteeImport imported;
  private Delivery delivery;
  private String deliveryKind;
  private Integer batchSize;

  /**
   * A bad row of a rejected invitee list, as the page lists it ({@code row} null: the whole file).
   */
  public record RowProblem(Long row, String message) implements Serializable {}

  /** Called by {@code f:viewAction} once the {@code id} parameter is set. */
  public void load() {
    Optional<EditionView> edition = id == null ? Optional.empty() : editions.find(id);
    found = edition.isPresent();
    if (found) {
      EditionView e = edition.get();
      title = e.title();
      year = e.year();
      status = e.status();
      accessMode = e.accessMode().code();
      dashboard = invitations.dashboard(id);
    }
  }

  public void changeAccessMode() {
    try {
      AccessMode mode = AccessMode.fromCode(accessMode).orElseThrow();
      editions.setAccessMode(id, mode, Pages.actor());
      Pages.info(
          mode == AccessMode.OPEN_LINK
              ? "Respondents now answer through the public link."
              : "Respondents now answer through their personal invitations.");
    } catch (InputRejectedException | UnknownEditionException e) {
      Pages.rejected(e);
    }
    load();
  }

  /** Adds the uploaded invitee list, all or nothing; the bad rows are listed on the page. */
  public void upload() {
    importProblems = List.of();
    imported = null;
    if (file == null || file.getSize() == 0) {
      Pages.error(null, "Choose a CSV file of email addresses first.");
      return;
    }
    try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      imported = invitations.importCsv(Pages.actor(), id, reader);
      Pages.info(
          imported.added()
              + " invitees added"
              + (imported.alreadyInvited() > 0
                  ? "; " + imported.alreadyInvited() + " were invited already"
                  : "")
              + (imported.repeated() > 0
                  ? "; " + imported.repeated() + " repeated rows skipped"
                  : "")
              + ".");
    } catch (InputRejectedException e) {
      importProblems =
          e.problems().stream().map(p -> new RowProblem(p.row(), p.message())).toList();
      Pages.error(null, e.getMessage());
    } catch (UnknownEditionException e) {
      Pages.rejected(e);
    } catch (IOException e) {
      Pages.error(null, "The file could not be read: " + e.getMessage());
    }
    file = null;
    load();
  }

  /** At most this many invitations in the next batch; empty for all not yet sent. */
  public Integer getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(Integer batchSize) {
    this.batchSize = batchSize;
  }

  public void send() {
    deliver(false);
  }

  public void remind() {
    deliver(true);
  }

  private void deliver(boolean reminder) {
    delivery = null;
    try {
      String base = publicUrl.base(requestBase());
      delivery =
          reminder
              ? invitations.remind(Pages.actor(), id, base)
              : invitations.send(
                  Pages.actor(), id, base, batchSize == null ? Integer.MAX_VALUE : batchSize);
      deliveryKind = reminder ? "reminders" : "invitations";
      String waiting =
          !reminder && delivery.notYetSent() > 0
              ? " " + delivery.notYetSent() + " invitees are not emailed yet."
              : "";
      if (delivery.failed() == 0) {
        Pages.info(delivery.sent() + " " + deliveryKind + " sent." + waiting);
      } else {
        Pages.error(
            null,
            delivery.sent()
                + " "
                + deliveryKind
                + " sent, "
                + delivery.failed()
                + " failed; those"
                + " invitees are tried again the next time."
                + waiting);
      }
    } catch (InputRejectedException | UnknownEditionException e) {
      Pages.rejected(e);
    }
    load();
  }

  /** The incentive addresses as a CSV download. */
  public StreamedContent getIncentiveEmails() {
    StringWriter csv = new StringWriter();
    try {
      invitations.exportIncentiveEmails(Pages.actor(), id, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("edition-" + id + "-incentive-emails.csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /**
   * Chart.js configuration: responses per day (bars) and the cumulative response rate in % (line).
   */
  public String getChartJson() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder rates = Json.createArrayBuilder();
    boolean withRate = dashboard.sent() > 0;
    for (ResponsesOnDay d : dashboard.days()) {
      labels.add(d.day().toString());
      counts.add(d.responses());
      if (withRate) {
        rates.add(Math.round(d.cumulativeRate() * 1000) / 10.0);
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "bar")
                    .add("label", "Responses that day")
                    .add("data", counts)
                    .add("backgroundColor", "#2f6f9f")
                    .add("yAxisID", "y"));
    var scales =
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("beginAtZero", true)
                    .add("position", "left")
                    .add(
                        "title",
                        Json.createObjectBuilder().add("display", true).add("text", "responses")));
    if (withRate) {
      datasets.add(
          Json.createObjectBuilder()
              .add("type", "line")
              .add("label", "Response rate so far (%)")
              .add("data", rates)
              .add("borderColor", "#d9822b")
              .add("backgroundColor", "#d9822b")
              .add("yAxisID", "rate"));
      scales.add(
          "rate",
          Json.createObjectBuilder()
              .add("beginAtZero", true)
              .add("max", 100)
              .add("position", "right")
              .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
              .add(
                  "title",
                  Json.createObjectBuilder()
                      .add("display", true)
                      .add("text", "% of invitees emailed")));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", scales))
        .build()
        .toString();
  }

  /** The link respondents use in open-link mode. */
  public String getPublicLink() {
    return publicUrl.openLink(requestBase(), id);
  }

  /** A rate as a percentage with one decimal, or a dash before anything was sent. */
  public String percent(Double rate) {
    return rate == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", rate * 100);
  }

  private static String requestBase() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  public boolean isOpenLink() {
    return AccessMode.OPEN_LINK.code().equals(accessMode);
  }

  public boolean isChangeable() {
    return status != EditionStatus.CLOSED;
  }

  public boolean isSendable() {
    return status == EditionStatus.OPEN && !isOpenLink();
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

  public String getTitle() {
    return title;
  }

  public int getYear() {
    return year;
  }

  public EditionStatus getStatus() {
    return status;
  }

  public String getAccessMode() {
    return accessMode;
  }

  public void setAccessMode(String accessMode) {
    this.accessMode = accessMode;
  }

  public InvitationDashboard getDashboard() {
    return dashboard;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public List<RowProblem> getImportProblems() {
    return importProblems;
  }

  public InviteeImport getImported() {
    return imported;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public String getDeliveryKind() {
    return deliveryKind;
  }
}
