package org.joysurvey.web.pages;

import jakarta.annotation.PostConstruct;
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
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.AnswerCodec;
import org.joysurvey.questionnaire.InvalidAnswerException;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.response.ResponseService;
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.participation.Access;
import org.joysurvey.participation.AlreadySubmittedException;
import org.joysurvey.participation.DraftKey;
import org.joysurvey.participation.Entry;
import org.joysurvey.participation.OpenStart;
import org.joysurvey.participation.ParticipationService;
import org.joysurvey.spi.AnswerValue;

/**
 * The respondent form of one edition, a page per instrument and then a review page. Answers live
 * in this view's state ({@link FormAnswers}) across pages; each Next checks the page's answers with
 * the platform's {@link ResponseValidator}, exactly as API input is checked, shows problems at the
 * item, and saves the answers as a draft ({@link ParticipationService}) so that the respondent can
 * come back to them. The way in (an invitation token, the public link, a resume code) decides the
 * draft; only its {@link DraftKey} is kept here, never the token.
 */
@Named
@ViewScoped
public class SurveyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EditionService editions;

  @Inject private transient ResponseService responses;

  @Inject private transient ParticipationService participation;

  @Inject private RespondentSession respondentSession;

  private Long edition;
  private String title;
  private Access availability = Access.UNKNOWN_LINK;
  /** Names the saved answers; {@code null} for an open-link respondent until the first Next. */
  private DraftKey draftKey;
  /** Whether the respondent came by the edition's public link (not a personal invitation). */
  private boolean openLink;
  /** A new open-link respondent's resume code, shown on the one page after it was made. */
  private String resumeCode;
  /** Answers saved earlier were brought back. */
  private boolean resumed;
  private String typedResumeCode;
  private String resumeProblem;
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

  /**
   * A form posted again after its view's state was dropped (the browser's Back button after the
   * submission, then the same form sent again): the view comes back without this bean, and only the
   * form's hidden {@code edition} field says which survey it was. When this session submitted to it,
   * the page says the answers were received; otherwise it stays a closed door.
   */
  @PostConstruct
  void recoverFromPostedForm() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || !faces.isPostback()) {
      return;
    }
    Long posted = parseId(faces.getExternalContext().getRequestParameterMap().get("edition"));
    if (posted != null && respondentSession.hasSubmitted(posted)) {
      edition = posted;
      availability = Access.ALREADY_SUBMITTED;
    }
  }

  /**
   * Called by {@code f:viewAction} of {@code survey.xhtml}: {@code ?token=} (an invitation link),
   * {@code ?edition=} (the public link) or {@code ?edition=&resume=} (a resume code). The parameters
   * are read from the request rather than bound as view parameters, so that the token is not kept
   * in the view state (which lives in the HTTP session).
   */
  public void load() {
    Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String token = params.get("token");
    String resume = params.get("resume");
    edition = parseId(params.get("edition"));
    if (token != null && !token.isBlank()) {
      openLink = false;
      enter(participation.enterWithToken(token.strip()));
    } else if (edition == null) {
      availability = Access.UNKNOWN_LINK;
    } else if (resume != null && !resume.isBlank()) {
      openLink = true;
      enter(participation.resumeWithCode(edition, resume));
    } else {
      openLink = true;
      Entry entry = participation.enterOpenLink(edition);
      // the same browser back on the survey after submitting (the Back button, the link again)
      enter(entry.access() == Access.OPEN && respondentSession.hasSubmitted(edition)
          ? new Entry(Access.ALREADY_SUBMITTED, entry.editionId(), entry.title(), null, Map.of(), 0) : entry);
    }
  }

  private static Long parseId(String text) {
    try {
      return text == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Shows where an entry leads: the form, with any saved answers on the page reached, or why not. */
  private void enter(Entry entry) {
    availability = entry.access();
    title = entry.title();
    edition = entry.editionId();
    if (availability != Access.OPEN) {
      return;
    }
    Optional<EditionSetup> setup = editions.setup(edition);
    if (setup.isEmpty()) {
      availability = Access.UNKNOWN_LINK;
      return;
    }
    questionnaire = setup.get().questionnaire();
    sections = FormSections.of(setup.get());
    draftKey = entry.draftKey();
    answers.fill(sections, entry.cells());
    page = Math.max(0, Math.min(entry.page(), sections.size()));
    resumed = !entry.cells().isEmpty() || entry.page() > 0;
    errors = new HashMap<>();
  }

  /** "I have a resume code" on the public link's first page. */
  public void resumeWithTypedCode() {
    Entry entry = participation.resumeWithCode(edition, typedResumeCode == null ? "" : typedResumeCode);
    if (entry.access() == Access.UNKNOWN_LINK) {
      resumeProblem = "This code is not known. Please check it: it has 16 letters and digits, such as"
          + " ABCD-EFGH-JKMN-PQRS.";
      return;
    }
    resumeProblem = null;
    typedResumeCode = null;
    enter(entry);
  }

  /**
   * Called by {@code f:viewAction} of {@code designer/preview.xhtml}: the form of an edition of any
   * status, exactly as respondents will see it, whose submission is checked but never stored.
   * Only for designers and admins.
   */
  public void loadPreview() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!external.isUserInRole("admin") && !external.isUserInRole("designer")) {
      availability = Access.UNKNOWN_LINK;
      return;
    }
    Optional<EditionSetup> setup = edition == null ? Optional.empty() : editions.setup(edition);
    if (setup.isEmpty()) {
      availability = Access.UNKNOWN_LINK;
      return;
    }
    title = setup.get().edition().title();
    questionnaire = setup.get().questionnaire();
    sections = FormSections.of(setup.get());
    preview = true;
    availability = Access.OPEN;
  }

  private Questionnaire questionnaire() {
    if (questionnaire == null && edition != null) {
      questionnaire = editions.setup(edition).map(EditionSetup::questionnaire).orElse(null);
    }
    return questionnaire;
  }

  // --- navigation -------------------------------------------------------------------------------

  /**
   * Checks this page's answers; when they are fine, saves them (not in the preview) and shows the
   * next page, or the review.
   */
  public String next() {
    resumeCode = null;
    resumed = false;
    if (isReview()) {
      return null;
    }
    Map<String, String> pageErrors = problemsOn(sections.get(page));
    errors = pageErrors;
    if (!pageErrors.isEmpty()) {
      askToCheck(pageErrors.size());
      return null;
    }
    int target = returnToReview ? sections.size() : page + 1;
    if (!preview) {
      try {
        saveDraft(target);
      } catch (AlreadySubmittedException e) {
        return RECEIVED;
      } catch (EditionNotOpenException | IllegalArgumentException e) {
        // closed while the respondent was answering (closing also deletes the drafts)
        return surveyPage();
      }
    }
    page = target;
    returnToReview = false;
    return null;
  }

  private void saveDraft(int reachedPage) {
    if (draftKey == null) {
      // an open-link respondent's first save: from now on a resume code leads back to these answers
      OpenStart start = participation.startOpenDraft(edition);
      draftKey = start.draftKey();
      resumeCode = start.resumeCode();
    }
    participation.saveDraft(draftKey, shownCells(), reachedPage);
  }

  /** Where a second submission ends: a polite page saying the answers were already received. */
  private static final String RECEIVED = "received?faces-redirect=true";

  /** The survey's public page, which says why the survey takes no answers now. */
  private String surveyPage() {
    return "survey?faces-redirect=true&edition=" + edition;
  }

  /** The previous page, answers kept as they are (not checked: the respondent may come back). */
  public void back() {
    resumeCode = null;
    resumed = false;
    errors = new HashMap<>();
    if (page > 0) {
      page--;
    }
    returnToReview = false;
  }

  /** A "Change" link of the review page: that page, and Next brings the respondent back. */
  public void change(int sectionIndex) {
    resumeCode = null;
    resumed = false;
    if (sectionIndex >= 0 && sectionIndex < sections.size()) {
      errors = new HashMap<>();
      page = sectionIndex;
      returnToReview = true;
    }
  }

  /**
   * Stores the response and closes the way in, once: a double click, the review page brought back
   * by the browser or a replayed link finds the draft already claimed and ends on a polite page.
   */
  public String submit() {
    synchronized (this) {
      if (submitted) {
        return RECEIVED;
      }
      Map<String, String> cells = shownCells();
      errors = new HashMap<>();
      try {
        if (preview) {
          responses.check(edition, cells);
          FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
              "Preview: these answers are valid, and nothing was stored.", null));
          return null;
        }
        if (draftKey == null) {
          draftKey = participation.startOpenDraft(edition).draftKey();
        }
        participation.complete(draftKey, cells);
        submitted = true;
        respondentSession.submitted(edition);
        return "thanks?faces-redirect=true&edition=" + edition;
      } catch (AlreadySubmittedException e) {
        submitted = true;
        return RECEIVED;
      } catch (InputRejectedException e) {
        showProblems(e.problems());
        return null;
      } catch (EditionNotOpenException | IllegalArgumentException e) {
        return surveyPage();
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

  public Access getAvailability() {
    return availability;
  }

  /** The public link's first page offers "I have a resume code" until something is saved. */
  public boolean isResumable() {
    return openLink && draftKey == null && !preview;
  }

  public String getResumeCode() {
    return resumeCode;
  }

  public boolean isResumed() {
    return resumed;
  }

  public String getTypedResumeCode() {
    return typedResumeCode;
  }

  public void setTypedResumeCode(String typedResumeCode) {
    this.typedResumeCode = typedResumeCode;
  }

  public String getResumeProblem() {
    return resumeProblem;
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
