package org.joysurvey.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.spi.AnswerValue;

/**
 * The respondent form of one edition, a page per instrument and then a review page. Answers live
 * in this view's state ({@link FormAnswers}) across pages; each Next checks the page's answers with
 * the platform's {@link ResponseValidator}, exactly as API input is checked, and shows problems at
 * the item.
 */
@Named
@ViewScoped
public class SurveyView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page shows instead of a form when there is nothing to answer. */
  public enum Availability { OPEN, NOT_OPEN_YET, CLOSED, UNKNOWN_LINK, ALREADY_SUBMITTED }

  @Inject private transient EditionService editions;

  @Inject private transient ResponseService responses;

  @Inject private RespondentSession respondentSession;

  private Long edition;
  private String title;
  private Availability availability = Availability.UNKNOWN_LINK;
  private List<FormSection> sections = List.of();
  private final FormAnswers answers = new FormAnswers();
  private Map<String, String> errors = new HashMap<>();
  private transient Questionnaire questionnaire;
  private boolean preview;
  /** The index of the page shown; {@code sections.size()} is the review page. */
  private int page;
  /** Set by a "Change" link of the review page: Next then returns to the review. */
  private boolean returnToReview;
  private boolean submitted;

  /** Called by {@code f:viewAction} once the {@code edition} parameter is set. */
  public void load() {
    Optional<EditionSetup> setup = edition == null ? Optional.empty() : editions.setup(edition);
    if (setup.isEmpty()) {
      availability = Availability.UNKNOWN_LINK;
      return;
    }
    title = setup.get().edition().title();
    EditionStatus status = setup.get().edition().status();
    availability = switch (status) {
      case OPEN -> setup.get().missing().isEmpty() ? Availability.OPEN : Availability.NOT_OPEN_YET;
      case DRAFT -> Availability.NOT_OPEN_YET;
      case CLOSED -> Availability.CLOSED;
    };
    if (availability == Availability.OPEN && respondentSession.hasSubmitted(edition)) {
      availability = Availability.ALREADY_SUBMITTED;
    }
    questionnaire = setup.get().questionnaire();
    sections = FormSections.of(setup.get());
  }

  /**
   * Called by {@code f:viewAction} of {@code designer/preview.xhtml}: the form of an edition of any
   * status, exactly as respondents will see it, whose submission is checked but never stored.
   * Only for designers and admins.
   */
  public void loadPreview() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!external.isUserInRole("admin") && !external.isUserInRole("designer")) {
      availability = Availability.UNKNOWN_LINK;
      return;
    }
    Optional<EditionSetup> setup = edition == null ? Optional.empty() : editions.setup(edition);
    if (setup.isEmpty()) {
      availability = Availability.UNKNOWN_LINK;
      return;
    }
    title = setup.get().edition().title();
    questionnaire = setup.get().questionnaire();
    sections = FormSections.of(setup.get());
    preview = true;
    availability = Availability.OPEN;
  }

  private Questionnaire questionnaire() {
    if (questionnaire == null && edition != null) {
      questionnaire = editions.setup(edition).map(EditionSetup::questionnaire).orElse(null);
    }
    return questionnaire;
  }

  // --- navigation -------------------------------------------------------------------------------

  /** Checks this page's answers; when they are fine, shows the next page (or the review). */
  public void next() {
    if (isReview()) {
      return;
    }
    Map<String, String> pageErrors = problemsOn(sections.get(page));
    errors = pageErrors;
    if (!pageErrors.isEmpty()) {
      askToCheck(pageErrors.size());
      return;
    }
    page = returnToReview ? sections.size() : page + 1;
    returnToReview = false;
  }

  /** The previous page, answers kept as they are (not checked: the respondent may come back). */
  public void back() {
    errors = new HashMap<>();
    if (page > 0) {
      page--;
    }
    returnToReview = false;
  }

  /** A "Change" link of the review page: that page, and Next brings the respondent back. */
  public void change(int sectionIndex) {
    if (sectionIndex >= 0 && sectionIndex < sections.size()) {
      errors = new HashMap<>();
      page = sectionIndex;
      returnToReview = true;
    }
  }

  public String submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    synchronized (this) {
      // a second click, or the review page brought back by the browser, must not store twice
      if (submitted) {
        return "received?faces-redirect=true";
      }
      Map<String, String> cells = shownCells();
      try {
        errors = new HashMap<>();
        if (preview) {
          responses.check(edition, cells);
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
              "Preview: these answers are valid, and nothing was stored.", null));
          return null;
        }
        responses.submit(edition, cells);
        submitted = true;
        respondentSession.markSubmitted(edition);
        return "thanks?faces-redirect=true&edition=" + edition;
      } catch (InputRejectedException e) {
        showProblems(e.problems());
        return null;
      } catch (EditionNotOpenException e) {
        // closed while the respondent was answering: the survey page says so
        return "survey?faces-redirect=true&edition=" + edition;
      }
    }
  }

  /** Problems found at submission: the first page with one is shown, its problems at the items. */
  private void showProblems(List<Problem> problems) {
    errors = messagesByItem(problems);
    for (int i = 0; i < sections.size(); i++) {
      FormSection section = sections.get(i);
      if (errors.keySet().stream().anyMatch(section::contains)) {
        page = i;
        returnToReview = true;
        Map<String, String> onPage = new LinkedHashMap<>();
        errors.forEach((code, message) -> {
          if (section.contains(code)) {
            onPage.put(code, message);
          }
        });
        errors = onPage;
        break;
      }
    }
    askToCheck(errors.size());
  }

  private static void askToCheck(int count) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
        count == 1 ? "Please check the answer marked below." : "Please check the " + count + " answers marked below.",
        null));
  }

  /** The validator's problems with the answers on one page, by item code. */
  private Map<String, String> problemsOn(FormSection section) {
    // shown-if conditions stay within an instrument, so a page can be judged on its own
    Questionnaire q = questionnaire();
    if (q == null) {
      return Map.of();
    }
    List<Problem> problems = new ResponseValidator(q).validateText(shownCells()).problems().stream()
        .filter(p -> p.column() != null && section.contains(p.column())).toList();
    return messagesByItem(problems);
  }

  private static Map<String, String> messagesByItem(List<Problem> problems) {
    Map<String, String> byItem = new LinkedHashMap<>();
    for (Problem p : problems) {
      byItem.merge(p.column() == null ? "" : p.column(), sentence(p.message()), (a, b) -> a + " " + b);
    }
    return byItem;
  }

  private static String sentence(String message) {
    String s = message.substring(0, 1).toUpperCase() + message.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }

  // --- answers ----------------------------------------------------------------------------------

  /** The answers as interchange text cells, without those of items that are hidden now. */
  Map<String, String> shownCells() {
    Map<String, String> cells = answers.cells(sections);
    // answers to items that are hidden now are dropped, as a respondent expects
    for (FormSection section : sections) {
      for (FormItem item : section.items()) {
        if (item.shownBy() != null && !isShown(item, cells)) {
          cells.remove(item.code());
        }
      }
    }
    return cells;
  }

  /** Whether an item is shown, given the answers so far (shown-if). */
  public boolean isShown(FormItem item) {
    return item.shownBy() == null || isShown(item, answers.cells(sections));
  }

  private boolean isShown(FormItem item, Map<String, String> cells) {
    Questionnaire q = questionnaire();
    Optional<QuestionnaireItem> qi = q == null ? Optional.empty() : q.item(item.code());
    if (qi.isEmpty()) {
      return true;
    }
    Map<String, AnswerValue> parsed = new HashMap<>();
    String controlling = item.shownBy();
    String cell = cells.get(controlling);
    q.item(controlling).ifPresent(c -> {
      try {
        AnswerValue value = cell == null ? null : AnswerCodec.fromText(c.item(), cell);
        if (value != null) {
          parsed.put(controlling, value);
        }
      } catch (InvalidAnswerException e) {
        // an unreadable answer controls nothing
      }
    });
    return q.isShown(qi.get(), parsed);
  }

  /** The ranked options of a ranked item, most important first, as labels. */
  public List<String> ranking(FormItem item) {
    return answers.ranking(item).stream().map(item::label).toList();
  }

  /** An option's label on a ranked item, with its rank once ticked ("1st: ..."). */
  public String rankedLabel(FormItem item, FormOption option) {
    int rank = answers.ranking(item).indexOf(option.code()) + 1;
    return rank == 0 ? option.label() : ordinal(rank) + ": " + option.label();
  }

  /** Whether an option of a ranked item can no longer be ticked: as many as allowed are ranked. */
  public boolean rankFull(FormItem item, FormOption option) {
    List<String> ranking = answers.ranking(item);
    return ranking.size() >= item.maxChoices() && !ranking.contains(option.code());
  }

  static String ordinal(int n) {
    String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  /** The items of a section shown with the answers given: what the review page lists. */
  public List<FormItem> shownItems(FormSection section) {
    Map<String, String> cells = answers.cells(sections);
    return section.items().stream().filter(i -> i.shownBy() == null || isShown(i, cells)).toList();
  }

  /** An answer as the review page shows it: option labels, or the text; empty when unanswered. */
  public String reviewAnswer(FormItem item) {
    String cell = answers.cell(item);
    if (cell.isEmpty()) {
      return "";
    }
    if (item.isRanked()) {
      List<String> ranked = answers.ranking(item);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < ranked.size(); i++) {
        text.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(item.label(ranked.get(i)));
      }
      return text.toString();
    }
    if (item.options().isEmpty()) {
      return cell;
    }
    return String.join("; ", java.util.Arrays.stream(cell.split(";")).map(item::label).toList());
  }

  // --- what the page reads ----------------------------------------------------------------------

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
    return answers.values();
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public boolean hasError(FormItem item) {
    return errors.containsKey(item.code());
  }

  /** The id of the item's error message, for {@code aria-describedby}; {@code null} without one. */
  public String errorId(FormItem item) {
    return hasError(item) ? "error-" + item.domId() : null;
  }

  public boolean isReview() {
    return page >= sections.size();
  }

  public int getPage() {
    return page;
  }

  /** The current page's section; {@code null} on the review page. */
  public FormSection getCurrentSection() {
    return isReview() ? null : sections.get(page);
  }

  /** The page shown, counted from 1, the review page last. */
  public int getPageNumber() {
    return page + 1;
  }

  public int getPageCount() {
    return sections.size() + 1;
  }

  public String getPageTitle() {
    return isReview() ? "Review your answers" : sections.get(page).title();
  }

  public boolean isReturnToReview() {
    return returnToReview;
  }

  public int getItemCount() {
    return sections.stream().mapToInt(s -> s.items().size()).sum();
  }
}
