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
import java.util.TreeMap;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.NewEdition;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.response.InputRejectedException;
import org.joysurvey.response.Problem;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.SettingDefinition;

/**
 * {@code designer/edition.xhtml?id=}: a draft's year, title, instruments (which and in what order)
 * and their settings, as forms generated from the instruments' {@link SettingDefinition}s. Only a
 * draft can be changed; other editions are shown read-only.
 */
@Named
@ViewScoped
public class EditionEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EditionService editions;

  @Inject private transient InstrumentRegistry registry;

  @Inject private transient AuditLog audit;

  private Long id;
  private boolean found;
  private EditionStatus status;
  private long responses;
  private Integer year;
  private String title;
  private List<InstrumentRow> rows = new ArrayList<>();
  /** Settings the page does not edit (item wording), kept as they are. */
  private Map<String, String> kept = new HashMap<>();
  private Map<String, String> errors = new HashMap<>();

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
    kept = new HashMap<>();
    e.settings().forEach((key, value) -> {
      if (key.contains(".wording.")) {
        kept.put(key, value);
      }
    });
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

  private static InstrumentRow row(Instrument instrument, Map<String, String> settings, boolean enabled) {
    String instrumentId = instrument.metadata().id();
    List<SettingField> fields = new ArrayList<>();
    for (SettingDefinition definition : instrument.settings()) {
      fields.add(new SettingField(instrumentId, definition, settings.get(instrumentId + "." + definition.key())));
    }
    return new InstrumentRow(instrumentId, instrument.metadata().version(), instrument.metadata().title(),
        instrument.metadata().description(), fields, enabled);
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
        // a value equal to the default is not stored, so that the edition follows the instrument's default
        if (value != null && !value.equals(field.getDefaultValue())) {
          settings.put(field.getFullKey(), value);
        }
      }
      kept.forEach((key, value) -> {
        if (key.startsWith(row.getId() + ".wording.")) {
          settings.put(key, value);
        }
      });
    }
    try {
      editions.update(id, new NewEdition(year, title, instruments, settings, null, null), Pages.actor());
      EditionView saved = editions.find(id).orElseThrow(() -> new UnknownEditionException(id));
      audit.record(Pages.actor(), "edition.update", Pages.subject(id), "title '" + saved.title() + "', instruments "
          + saved.instruments() + ", settings " + new TreeMap<>(saved.settings()));
      Pages.info("Saved.");
      load();
    } catch (InputRejectedException | UnknownEditionException e) {
      if (e instanceof InputRejectedException rejected) {
        for (Problem p : rejected.problems()) {
          errors.merge(p.column() == null ? "" : p.column(), p.message(), (a, b) -> a + "; " + b);
        }
      }
      Pages.rejected(e);
    }
  }

  /** Opens the survey to respondents; the edition is read-only from then on. */
  public void openSurvey() {
    try {
      editions.changeStatus(id, EditionStatus.OPEN.code());
      audit.record(Pages.actor(), "edition.status", Pages.subject(id), "status open");
      Pages.info("The survey is open.");
      load();
    } catch (InputRejectedException | UnknownEditionException e) {
      Pages.rejected(e);
    }
  }

  public boolean isEditable() {
    return found && status == EditionStatus.DRAFT;
  }

  /** Whether row {@code index} is the first, or the last, of the list (for the up and down buttons). */
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

  public List<InstrumentRow> getRows() {
    return rows;
  }

  public Map<String, String> getErrors() {
    return errors;
  }
}
