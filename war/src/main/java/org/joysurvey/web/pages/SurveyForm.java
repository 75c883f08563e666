package org.joysurvey.web.pages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.participation.Access;
import org.joysurvey.questionnaire.Questionnaire;

/**
 * The respondent form of one edition as this view keeps it between requests, a page per instrument
 * and then a review page: the way in, the draft ({@link FormDraft}), the answers ({@link
 * FormAnswers}), the problems shown and the page reached ({@link FormPaging}). It holds no service:
 * request-scoped beans act on it, {@link SurveyEntry} (the way in), {@link SurveyNavigation} (Next,
 * Back, Change, Submit), {@link SurveyPreview} (the designers' preview), {@link SurveyItems} and
 * {@link SurveyAnswers} (what each item shows), reaching it through {@link CurrentSurveyForm},
 * which also gives it to the pages as {@code #{surveyForm}}. A fresh visitor's first page keeps it
 * in the request only (a stateless view, no HTTP session); from the first post on it lives in the
 * view scope ({@link SurveyFormHolder}), in the HTTP session: all of it is serializable but the
 * questionnaire, which {@link SurveyItems} reads again when it is lost.
 */
public class SurveyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long edition;
  private String title;
  private Access availability = Access.UNKNOWN_LINK;
  private final FormDraft draft = new FormDraft();
  private boolean preview;
  private List<FormSection> sections = List.of();
  private final FormAnswers answers = new FormAnswers();
  private final FormPaging paging = new FormPaging();
  private Map<String, String> errors = new HashMap<>();
  private transient Questionnaire questionnaire;
  private boolean submitted;

  /** Whether a way in (or the preview) has filled this form; a fresh view's form has none yet. */
  private boolean entered;

  /**
   * An invitation token, only while this form is a stateless first page: its posts carry the token
   * back in a hidden field, so that the form can be rebuilt. Never kept in the view state.
   */
  private transient String statelessToken;

  /** Held while this view's answers are submitted, so that a double click stores one response. */
  private final ReentrantLock submission = new ReentrantLock();

  /** Shows an edition's form: its pages, any answers saved before, on the page reached. */
  void open(EditionSetup setup, Map<String, String> savedCells, int reachedPage) {
    open(FormSections.of(setup), setup.questionnaire(), savedCells, reachedPage);
  }

  /** The same with the edition's pages and questionnaire as all its respondents share them. */
  void open(
      List<FormSection> pages,
      Questionnaire questionnaire,
      Map<String, String> savedCells,
      int reachedPage) {
    this.questionnaire = questionnaire;
    sections = pages;
    answers.fill(sections, savedCells);
    paging.start(sections.size(), reachedPage);
    errors = new HashMap<>();
  }

  /** The form of an edition of any status, for a designer: checked, never stored. */
  void openPreview(EditionSetup setup) {
    title = setup.edition().title();
    open(setup, Map.of(), 0);
    preview = true;
    availability = Access.OPEN;
    entered = true;
  }

  /** The messages at the items, by item code. */
  void showErrors(Map<String, String> byItem) {
    errors = byItem;
  }

  boolean isEntered() {
    return entered;
  }

  void markEntered() {
    entered = true;
  }

  void keepStatelessToken(String token) {
    statelessToken = token;
  }

  /** Forgets the token: the form is about to be kept in the view state. */
  void forgetStatelessToken() {
    statelessToken = null;
  }

  /** Whether nothing is saved yet: a first page that the server need not remember. */
  boolean isFresh() {
    return availability != Access.OPEN || (!preview && !draft.isResumed() && paging.page() == 0);
  }

  void setTitle(String title) {
    this.title = title;
  }

  void setAvailability(Access availability) {
    this.availability = availability;
  }

  FormDraft draft() {
    return draft;
  }

  FormAnswers answers() {
    return answers;
  }

  FormPaging paging() {
    return paging;
  }

  /** {@code null} after the view state was restored from elsewhere; see {@link SurveyItems}. */
  Questionnaire questionnaire() {
    return questionnaire;
  }

  void keepQuestionnaire(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  Lock submissionLock() {
    return submission;
  }

  boolean isSubmitted() {
    return submitted;
  }

  void markSubmitted() {
    submitted = true;
  }

  // --- what the page reads ----------------------------------------------------------------------

  /** The token of a stateless first page, for its hidden field; {@code null} otherwise. */
  public String getStatelessToken() {
    return statelessToken;
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

  public Access getAvailability() {
    return availability;
  }

  public FormDraft getDraft() {
    return draft;
  }

  /** The public link's first page offers "I have a resume code" until something is saved. */
  public boolean isResumable() {
    return draft.isOpenLink() && draft.key() == null && !preview;
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
    return paging.isReview();
  }

  public int getPage() {
    return paging.page();
  }

  /** The current page's section; {@code null} on the review page. */
  public FormSection getCurrentSection() {
    return isReview() ? null : sections.get(paging.page());
  }

  /** The page shown, counted from 1, the review page last. */
  public int getPageNumber() {
    return paging.pageNumber();
  }

  public int getPageCount() {
    return paging.pageCount();
  }

  public String getPageTitle() {
    return isReview() ? "Review your answers" : sections.get(paging.page()).title();
  }

  public boolean isReturnToReview() {
    return paging.isReturnToReview();
  }
}
