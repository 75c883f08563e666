package org.joysurvey.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * One respondent, as a browser and a person: opens the invitation link or the public link, answers
 * each page's items (read from its HTML), sends the ajax request an answer triggers when it shows
 * or hides other items (and each tick of a ranked item), sometimes presses Back, sometimes leaves
 * after a page and comes back later with the invitation link or the resume code, and submits on the
 * review page until the thank-you page shows.
 *
 * <p>It is a state machine driven by the simulation: {@link #upcoming} is the next request, {@link
 * #handle} reads its answer. A busy answer (503, or the ajax redirect to the busy page) leads to
 * the same request again after a pause, as a respondent would try again.
 */
final class Respondent {

  /** What a request is, for reading its answer. */
  enum Step {
    OPEN,
    ANSWER,
    NEXT,
    BACK,
    SUBMIT,
    THANKS,
    LEAVE,
    RESUME_OPEN,
    RESUME_POST
  }

  /** One request: GET, AJAX (a PrimeFaces partial post), FORM (a plain post) or LEAVE. */
  record Action(Step step, String name, String kind, String url, String body, long pauseMillis) {
    Action after(long pause) {
      return new Action(step, name, kind, url, body, pause);
    }
  }

  private static final String FORM_URL = "/survey.xhtml";

  private final LoadSettings settings;
  private final LoadFigures figures;
  private final Random random = ThreadLocalRandom.current();
  private final String token;
  private final int leaveAfterPage;

  private String page;
  private FormHtml form;
  private String viewState;
  private String resumeCode;
  private int shownPage;
  private int expectedPage;
  private boolean left;
  private int nextAttempts;
  private int busyAnswers;
  private long pendingThink;
  private boolean done;
  private Action upcoming;

  /** The current page's answers by input name, as the browser would post them. */
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private final Set<String> decided = new HashSet<>();
  private final Set<String> mustAnswer = new HashSet<>();
  private final Map<String, Deque<String>> ticksToSend = new HashMap<>();
  private final Set<Integer> pagesBackedFrom = new HashSet<>();
  private final Map<Integer, Integer> answeredOnPage = new HashMap<>();

  Respondent(LoadSettings settings, LoadFigures figures, String token) {
    this.settings = settings;
    this.figures = figures;
    this.token = token;
    // leaves after a page in the middle (its answers then saved), to come back later
    this.leaveAfterPage = random.nextDouble() < settings.leaveShare() ? 2 + random.nextInt(5) : 0;
    this.upcoming = new Action(Step.OPEN, openName(), "GET", entryUrl(), "", 0);
  }

  boolean done() {
    return done;
  }

  Action upcoming() {
    return upcoming;
  }

  private String openName() {
    return token == null ? "open public link" : "open invitation link";
  }

  private String entryUrl() {
    return token == null
        ? FORM_URL + "?edition=" + settings.edition()
        : FORM_URL + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** Reads the answer to {@code action}: status and body, or {@code null}s when none came. */
  void handle(Action action, Integer status, String body, Long millis) {
    if (action.step() == Step.LEAVE) {
      upcoming =
          new Action(
              Step.RESUME_OPEN,
              "resume: " + openName(),
              "GET",
              entryUrl(),
              "",
              settings.leavePauseMillis());
      return;
    }
    if (status == null || body == null) {
      // no answer in time (gatling.conf): a submission may still have been stored
      fail(action.step() == Step.SUBMIT ? "submit_timeouts" : "timeouts");
      return;
    }
    PartialResponse partial = PartialResponse.isPartial(body) ? PartialResponse.parse(body) : null;
    boolean busy =
        status == 503
            || (partial != null
                && partial.redirect() != null
                && partial.redirect().endsWith("busy.html"));
    if (busy) {
      figures.busy(status == 503 ? "busy_503" : "busy_ajax");
      if (++busyAnswers > settings.busyRetries()) {
        fail("abandoned");
      } else {
        upcoming = action.after(settings.busyPauseMillis());
      }
      return;
    }
    if (status != 200 || (partial != null && partial.error())) {
      fail("errors");
      return;
    }
    figures.request(
        action.step() == Step.ANSWER ? LoadFigures.Kind.ANSWER : LoadFigures.Kind.PAGE,
        millis == null ? 0 : millis);
    switch (action.step()) {
      case OPEN -> {
        figures.count("started");
        fullPage(body);
        if (form == null) {
          fail("errors");
        } else {
          upcoming = plan();
        }
      }
      case RESUME_OPEN -> {
        fullPage(body);
        if (form == null) {
          fail("resume_failed");
        } else if (token == null) {
          upcoming = resumePost();
        } else {
          checkResumed();
          upcoming = plan();
        }
      }
      case RESUME_POST -> {
        fullPage(body);
        if (form == null) {
          fail("resume_failed");
        } else {
          checkResumed();
          upcoming = plan();
        }
      }
      case ANSWER -> {
        apply(partial);
        upcoming = plan();
      }
      case NEXT, BACK, SUBMIT -> afterPageRequest(action.step(), partial);
      case THANKS -> {
        if (body.contains("id=\"thanks\"")) {
          figures.completed();
          figures.count(token == null ? "completed_public" : "completed_invited");
          done = true;
        } else {
          fail("errors");
        }
      }
      default -> throw new IllegalStateException(action.step().name());
    }
  }

  private void afterPageRequest(Step step, PartialResponse partial) {
    if (partial == null) {
      fail("errors");
      return;
    }
    if (partial.redirect() != null) {
      String to = partial.redirect();
      if (step == Step.SUBMIT && to.contains("thanks.xhtml")) {
        upcoming = new Action(Step.THANKS, "thanks page", "GET", to, "", 0);
      } else if (to.contains("expired")) {
        fail("expired");
      } else if (to.contains("received")) {
        fail("already_received");
      } else {
        fail("errors");
      }
      return;
    }
    int before = shownPage;
    apply(partial);
    int now = form.pageNumber();
    if (step == Step.BACK) {
      newPage();
      // Back keeps the answers of the page it returns to
      if (values.size() < answeredOnPage.getOrDefault(now, 0)) {
        figures.count("back_answers_lost");
      }
    } else if (now != before || form.review()) {
      if (form.resumeCode() != null) {
        resumeCode = form.resumeCode();
      }
      newPage();
      if (!left
          && leaveAfterPage > 0
          && now == leaveAfterPage + 1
          && (token != null || resumeCode != null)) {
        left = true;
        expectedPage = now;
        figures.count("left");
        upcoming = new Action(Step.LEAVE, "leave", "LEAVE", "", "", 0);
        return;
      }
    } else {
      // the same page again: an answer refused at its item
      fixErrors();
      if (++nextAttempts > 3) {
        fail("errors");
        return;
      }
      figures.count("validation_retries");
    }
    upcoming = plan();
  }

  private void fullPage(String body) {
    page = body;
    String survey = FormHtml.surveyForm(body);
    form = survey == null ? null : FormHtml.of(survey);
    viewState = survey == null ? null : FormHtml.viewState(survey);
    if (form != null) {
      newPage();
    }
  }

  private void apply(PartialResponse partial) {
    for (Map.Entry<String, String> update : partial.updates().entrySet()) {
      String id = update.getKey();
      if (id.equals("survey")) {
        form = FormHtml.of(update.getValue());
      } else if (id.endsWith(":block")) {
        form = form.withBlock(id, update.getValue());
      }
    }
    if (partial.viewState() != null) {
      viewState = partial.viewState();
    }
  }

  /**
   * A page shown afresh: what it shows as answered counts as decided (kept answers, or resumed).
   */
  private void newPage() {
    values.clear();
    decided.clear();
    mustAnswer.clear();
    ticksToSend.clear();
    nextAttempts = 0;
    shownPage = form.pageNumber();
    for (FormHtml.Block block : form.blocks()) {
      for (FormHtml.Field field : block.fields()) {
        List<String> current =
            field.choice() ? field.checked : field.text.isEmpty() ? List.of() : List.of(field.text);
        if (!current.isEmpty()) {
          values.put(field.name, new ArrayList<>(current));
          decided.add(field.name);
        }
      }
    }
  }

  private void checkResumed() {
    figures.count(
        form.pageNumber() == expectedPage && form.welcomeBack() ? "resumed" : "resume_failed");
  }

  /** The next request on the current page: an answer's ajax, Back, Next or the submission. */
  private Action plan() {
    if (form.review()) {
      think(3);
      return pageAction(Step.SUBMIT, "submit", "submit");
    }
    for (FormHtml.Block block : form.blocks()) {
      for (FormHtml.Field field : block.fields()) {
        Deque<String> ticks = ticksToSend.get(field.name);
        while (ticks != null && !ticks.isEmpty()) {
          String option = ticks.poll();
          if (!field.disabled.contains(option)) {
            values.computeIfAbsent(field.name, n -> new ArrayList<>()).add(option);
            think(0.5);
            return answerAction(field);
          }
        }
        if (decided.contains(field.name)) {
          continue;
        }
        decided.add(field.name);
        think(1);
        boolean skip =
            !block.required() && !mustAnswer.contains(field.name) && random.nextDouble() < 0.05;
        if (skip) {
          continue;
        }
        Action ajax = answer(field);
        if (ajax != null) {
          return ajax;
        }
      }
    }
    if (shownPage > 1
        && !pagesBackedFrom.contains(shownPage)
        && random.nextDouble() < settings.backShare()) {
      pagesBackedFrom.add(shownPage);
      figures.count("backs");
      return pageAction(Step.BACK, "back", "back");
    }
    answeredOnPage.put(shownPage, values.size());
    return pageAction(Step.NEXT, "next", "next");
  }

  /** Chooses an answer; returns the ajax request the browser sends for it, if any. */
  private Action answer(FormHtml.Field field) {
    List<String> enabled = new ArrayList<>(field.options);
    enabled.removeAll(field.disabled);
    switch (field.kind) {
      case "radio" -> {
        if (enabled.isEmpty()) {
          return null;
        }
        values.put(
            field.name, new ArrayList<>(List.of(enabled.get(random.nextInt(enabled.size())))));
        return field.behaviour == null ? null : answerAction(field);
      }
      case "checkbox" -> {
        Collections.shuffle(enabled, random);
        List<String> chosen =
            new ArrayList<>(enabled.subList(0, Math.min(enabled.size(), 1 + random.nextInt(3))));
        if (chosen.isEmpty()) {
          return null;
        }
        if (field.behaviour == null) {
          values.put(field.name, chosen);
          return null;
        }
        // each tick is its own click, and its own ajax request (ranked items keep the order)
        values.put(field.name, new ArrayList<>(List.of(chosen.get(0))));
        ticksToSend.put(field.name, new ArrayDeque<>(chosen.subList(1, chosen.size())));
        return answerAction(field);
      }
      case "textarea" -> {
        if (mustAnswer.contains(field.name) || random.nextDouble() < 0.3) {
          think(5);
          values.put(
              field.name,
              List.of(
                  "An answer typed by load-test respondent " + random.nextInt(1_000_000) + "."));
        }
        return null;
      }
      default -> {
        if (mustAnswer.contains(field.name)) {
          values.put(field.name, List.of("1"));
        }
        return null;
      }
    }
  }

  /**
   * Answers refused at their items: a single choice where there were several, an answer where none.
   */
  private void fixErrors() {
    for (FormHtml.Block block : form.blocks()) {
      if (!block.error()) {
        continue;
      }
      if (Boolean.getBoolean("load.debug")) {
        System.err.println("refused at " + block.id() + ": " + block.errorText());
      }
      for (FormHtml.Field field : block.fields()) {
        List<String> current = values.get(field.name);
        if (current != null && current.size() > 1) {
          values.put(field.name, new ArrayList<>(current.subList(0, 1)));
        } else {
          values.remove(field.name);
          decided.remove(field.name);
          mustAnswer.add(field.name);
        }
      }
    }
  }

  private Action answerAction(FormHtml.Field field) {
    FormHtml.Behaviour b = field.behaviour;
    List<Map.Entry<String, String>> params = new ArrayList<>();
    params.add(Map.entry("jakarta.faces.partial.ajax", "true"));
    params.add(Map.entry("jakarta.faces.source", b.source()));
    params.add(Map.entry("jakarta.faces.partial.execute", b.execute()));
    params.add(Map.entry("jakarta.faces.partial.render", form.resolve(b.update(), page)));
    if (b.event() != null) {
      params.add(Map.entry("jakarta.faces.behavior.event", b.event()));
      params.add(Map.entry("jakarta.faces.partial.event", "change"));
    }
    return new Action(
        Step.ANSWER, "answer (ajax)", "AJAX", FORM_URL, formBody(params), takeThink());
  }

  private Action pageAction(Step step, String name, String button) {
    FormHtml.Behaviour b = form.button(button);
    if (b == null) {
      throw new IllegalStateException("no button " + button + " on page " + shownPage);
    }
    List<Map.Entry<String, String>> params = new ArrayList<>();
    params.add(Map.entry("jakarta.faces.partial.ajax", "true"));
    params.add(Map.entry("jakarta.faces.source", b.source()));
    params.add(Map.entry("jakarta.faces.partial.execute", b.execute()));
    params.add(Map.entry("jakarta.faces.partial.render", form.resolve(b.update(), page)));
    params.add(Map.entry(b.source(), b.source()));
    return new Action(step, name, "AJAX", FORM_URL, formBody(params), takeThink());
  }

  /** The public link's resume form, with the code shown when the respondent started. */
  private Action resumePost() {
    String resume = FormHtml.formById(page, "resume");
    if (resume == null) {
      fail("resume_failed");
      return null;
    }
    List<Map.Entry<String, String>> params = new ArrayList<>(FormHtml.of(resume).hidden());
    for (String name : FormHtml.namesOf(resume, "text")) {
      params.add(Map.entry(name, resumeCode));
    }
    for (String name : FormHtml.namesOf(resume, "submit")) {
      params.add(Map.entry(name, ""));
    }
    params.add(Map.entry("jakarta.faces.ViewState", FormHtml.viewState(resume)));
    think(5);
    return new Action(
        Step.RESUME_POST, "resume with code", "FORM", FORM_URL, encode(params), takeThink());
  }

  /**
   * The form as the browser serializes it: hidden fields, the answers of the inputs shown, the view
   * state.
   */
  private String formBody(List<Map.Entry<String, String>> params) {
    List<Map.Entry<String, String>> all = new ArrayList<>(params);
    all.addAll(form.hidden());
    Set<String> shown =
        form.blocks().stream()
            .flatMap(b -> b.fields().stream())
            .map(f -> f.name)
            .collect(Collectors.toSet());
    values.forEach(
        (name, chosen) -> {
          if (shown.contains(name)) {
            chosen.forEach(v -> all.add(Map.entry(name, v)));
          }
        });
    all.add(Map.entry("jakarta.faces.ViewState", viewState));
    return encode(all);
  }

  private static String encode(List<Map.Entry<String, String>> params) {
    return params.stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /**
   * Time spent reading and choosing: items x the mean time per item, each between 0.5 and 1.5 of
   * it.
   */
  private void think(double items) {
    pendingThink += (long) (items * settings.thinkMillisPerItem() * (0.5 + random.nextDouble()));
  }

  private long takeThink() {
    long pause = pendingThink;
    pendingThink = 0;
    return pause;
  }

  private void fail(String counter) {
    figures.count(counter);
    done = true;
  }
}
