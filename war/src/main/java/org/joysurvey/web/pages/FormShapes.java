package org.joysurvey.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.questionnaire.Questionnaire;

/**
 * The pages and questionnaire of each open edition, shared by all of its respondents: a session
 * then holds a reference to them and only its own answers and page, not a copy of every item's text
 * and options (most of what a respondent mid-form cost the heap, docs/benchmarks.md). A form built
 * again equal to the shared one (the same instruments and wording) gets the shared one; a changed
 * wording replaces it, and sessions that started before keep theirs.
 */
@ApplicationScoped
public class FormShapes {

  /** An edition's pages and the questionnaire they were made from. */
  record Shape(List<FormSection> sections, Questionnaire questionnaire) {}

  private final ConcurrentMap<Long, Shape> byEdition = new ConcurrentHashMap<>();

  Shape of(EditionSetup setup) {
    List<FormSection> sections = FormSections.of(setup);
    return byEdition.compute(
        setup.edition().id(),
        (id, shared) ->
            shared != null && shared.sections().equals(sections)
                ? shared
                : new Shape(List.copyOf(sections), setup.questionnaire()));
  }
}
