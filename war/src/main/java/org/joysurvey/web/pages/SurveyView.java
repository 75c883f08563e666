package org.joysurvey.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joysurvey.edition.EditionNotOpenException;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.response.AnswerCodec;
import org.joysurvey.response.InputRejectedException;
import org.joysurvey.response.InvalidAnswerException;
import org.joysurvey.response.Problem;
import org.joysurvey.response.Questionnaire;
import org.joysurvey.response.QuestionnaireItem;
import org.joysurvey.response.ResponseService;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;

/**
 * The respondent form of one edition. Answers live in this view's state as text, keyed by full
 * item code (ranked slots as {@code code#n}); they are validated and stored by {@link
 * ResponseService} exactly as API input is.
 */
@Named
@ViewScoped
public class SurveyView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page shows instead of a form when there is nothing to answer. */
  public enum Availability { OPEN, NOT_OPEN_YET, CLOSED, UNKNOWN }

  @Inject private transient EditionService editions;

  @Inject private transient ResponseService responses;

  private Long edition;
  private String title;
  private Availability availability = Availability.UNKNOWN;
  private List<FormSection> sections = List.of();
  private final Map<String, Object> values = new HashMap<>();
  private Map<String, String> errors = new HashMap<>();
  private transient Questionnaire questionnaire;
  private boolean preview;

  /** Called by {@code f:viewAction} once the {@code edition} parameter is set. */
  public void load() {
    Optional<EditionSetup> setup = edition == null ? Optional.empty() : editions.setup(edition);
    if (setup.isEmpty()) {
      availability = Availability.UNKNOWN;
      return;
    }
    title = setup.get().edition().title();
    EditionStatus status = setup.get().edition().status();
    availability = switch (status) {
      case OPEN -> setup.get().missing().isEmpty() ? Availability.OPEN : Availability.NOT_OPEN_YET;
      case DRAFT -> Availability.NOT_OPEN_YET;
      case CLOSED -> Availability.CLOSED;
    };
    questionnaire = setup.get().questionnaire();
    sections = buildSections(setup.get());
  }

  /**
   * Called by {@code f:viewAction} of {@code designer/preview.xhtml}: the form of an edition of any
   * status, exactly as respondents will see it, whose submission is checked but never stored.
   * Only for designers and admins.
   */
  public void loadPreview() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!external.isUserInRole("admin") && !external.isUserInRole("designer")) {
      availability = Availability.UNKNOWN;
      return;
    }
    load();
    if (availability != Availability.UNKNOWN) {
      preview = true;
      availability = Availability.OPEN;
    }
  }

  private static List<FormSection> buildSections(EditionSetup setup) {
    List<FormSection> result = new ArrayList<>();
    for (Instrument instrument : setup.instruments()) {
      String id = instrument.metadata().id();
      List<QuestionnaireItem> questions = setup.questionnaire().itemsOf(id);
      Set<String> controlling = new HashSet<>();
      questions.stream().map(QuestionnaireItem::item).filter(i -> i.shownIf() != null)
          .forEach(i -> controlling.add(i.shownIf().item()));
      List<FormItem> items = new ArrayList<>();
      for (QuestionnaireItem question : questions) {
        Item item = question.item();
        List<FormOption> options = item.options().stream()
            .map(o -> new FormOption(o.code(), o.label(), o.exclusive())).toList();
        List<String> rankKeys = new ArrayList<>();
        for (int rank = 1; item.type() == ItemType.RANKED && rank <= item.maxChoices(); rank++) {
          rankKeys.add(question.code() + "#" + rank);
        }
        items.add(new FormItem(question.code(), item.type().code(), item.text(), options, item.required(),
            controlling.contains(item.code()), rankKeys, item.maxLength()));
      }
      result.add(new FormSection(id, instrument.metadata().title(), items));
    }
    return result;
  }

  private Questionnaire questionnaire() {
    if (questionnaire == null && edition != null) {
      questionnaire = editions.setup(edition).map(EditionSetup::questionnaire).orElse(null);
    }
    return questionnaire;
  }

  /** The form's answers as interchange text cells. */
  Map<String, String> cells() {
    Map<String, String> cells = new LinkedHashMap<>();
    for (FormSection section : sections) {
      for (FormItem item : section.items()) {
        String cell;
        if (item.type().equals("ranked")) {
          List<String> ranked = new ArrayList<>();
          for (String key : item.rankKeys()) {
            Object v = values.get(key);
            if (v != null && !v.toString().isBlank()) {
              ranked.add(v.toString());
            }
          }
          cell = String.join(";", ranked);
        } else {
          cell = text(values.get(item.code()));
        }
        if (!cell.isEmpty()) {
          cells.put(item.code(), cell);
        }
      }
    }
    return cells;
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Object[] array) {
      return String.join(";", java.util.Arrays.stream(array).map(String::valueOf).toList());
    }
    if (value instanceof Collection<?> collection) {
      return String.join(";", collection.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  /** Whether an item is shown, given the answers so far (shown-if). */
  public boolean isShown(FormItem item) {
    Questionnaire q = questionnaire();
    if (q == null) {
      return true;
    }
    Optional<QuestionnaireItem> qi = q.item(item.code());
    if (qi.isEmpty() || qi.get().item().shownIf() == null) {
      return true;
    }
    Map<String, AnswerValue> answers = new HashMap<>();
    cells().forEach((code, cell) -> q.item(code).ifPresent(i -> {
      try {
        AnswerValue value = AnswerCodec.fromText(i.item(), cell);
        if (value != null) {
          answers.put(code, value);
        }
      } catch (InvalidAnswerException e) {
        // an unreadable answer controls nothing
      }
    }));
    return q.isShown(qi.get(), answers);
  }

  public String submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> cells = cells();
    // answers to items that are hidden now are dropped, as a respondent expects
    for (FormSection section : sections) {
      for (FormItem item : section.items()) {
        if (!isShown(item)) {
          cells.remove(item.code());
        }
      }
    }
    try {
      errors = new HashMap<>();
      if (preview) {
        responses.check(edition, cells);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
            "Preview: these answers are valid, and nothing was stored.", null));
        return null;
      }
      responses.submit(edition, cells);
      return "thanks?faces-redirect=true&edition=" + edition;
    } catch (InputRejectedException e) {
      errors = new HashMap<>();
      for (Problem p : e.problems()) {
        errors.merge(p.column() == null ? "" : p.column(), sentence(p.message()), (a, b) -> a + " " + b);
      }
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
          e.problems().size() == 1 ? "Please check the answer marked below." 
              : "Please check the " + e.problems().size() + " answers marked below.", null));
      return null;
    } catch (EditionNotOpenException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
      availability = e.status() == EditionStatus.CLOSED ? Availability.CLOSED : Availability.NOT_OPEN_YET;
      return null;
    }
  }

  private static String sentence(String message) {
    String s = message.substring(0, 1).toUpperCase() + message.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }

  public boolean isPreview() {
    return preview;
  }

  public Long getEdition() {
    return edition;
  }

  public void setEdition(Long edition) {
    this.edition = edition;
  }

  public String getTitle() {
    return title;
  }

  public Availability getAvailability() {
    return availability;
  }

  public List<FormSection> getSections() {
    return sections;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public int getItemCount() {
    return sections.stream().mapToInt(s -> s.items().size()).sum();
  }
}
