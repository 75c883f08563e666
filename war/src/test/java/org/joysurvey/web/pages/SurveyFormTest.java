package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.participation.Access;
import org.joysurvey.participation.DraftKey;
import org.joysurvey.participation.OpenStart;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

class SurveyFormTest {

  private static final SampleInstrument SAMPLE = new SampleInstrument();

  private static final EditionSetup SETUP =
      new EditionSetup(
          new EditionView(
              7,
              2025,
              "Survey 2025",
              EditionStatus.OPEN,
              List.of(SampleInstrument.ID),
              Map.of(),
              5,
              0,
              0,
              AccessMode.OPEN_LINK),
          List.of(SAMPLE),
          Map.of(),
          new Questionnaire(List.of(SAMPLE)),
          List.of());

  private static SurveyForm copied(SurveyForm form) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(form);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (SurveyForm) in.readObject();
    }
  }

  @Test
  void aSessionStoredElsewhereBringsBackTheWholeFormButTheQuestionnaire() throws Exception {
    SurveyForm form = new SurveyForm();
    form.setEdition(7L);
    form.setAvailability(Access.OPEN);
    form.draft().cameByOpenLink(true);
    form.open(SETUP, Map.of("sample.pets", "cat;dog", "sample.comment", "Fine"), 1);
    form.draft().started(new OpenStart(new DraftKey("code:abc"), "ABCD-EFGH-JKMN-PQRS"));
    form.showErrors(Map.of("sample.age", "Must be a number."));
    form.submissionLock().lock();
    assertNotNull(form.questionnaire());

    SurveyForm restored = copied(form);
    assertEquals(Access.OPEN, restored.getAvailability());
    assertEquals(form.getSections(), restored.getSections());
    assertEquals(2, restored.getPageNumber());
    assertArrayEquals(
        new String[] {"cat", "dog"}, (String[]) restored.getValues().get("sample.pets"));
    assertEquals("Fine", restored.getValues().get("sample.comment"));
    assertEquals(new DraftKey("code:abc"), restored.draft().key());
    assertEquals("ABCD-EFGH-JKMN-PQRS", restored.getDraft().getResumeCode());
    assertFalse(restored.isResumable(), "the draft is saved: its code is no longer asked for");
    assertEquals(Map.of("sample.age", "Must be a number."), restored.getErrors());
    assertNull(restored.questionnaire(), "read again by SurveyItems, not stored in the session");
    assertTrue(restored.submissionLock().tryLock(), "a lock held here is not held there");
  }

  @Test
  void thePreviewShowsTheFirstPageOfAnyEditionAndOffersNoResumeCode() {
    SurveyForm form = new SurveyForm();
    form.draft().cameByOpenLink(true);
    form.openPreview(SETUP);
    assertEquals(Access.OPEN, form.getAvailability());
    assertEquals("Survey 2025", form.getTitle());
    assertTrue(form.isPreview());
    assertFalse(form.isResumable());
    assertEquals("Sample", form.getPageTitle());
    assertEquals(
        List.of(SampleInstrument.ID),
        form.getSections().stream().map(FormSection::instrumentId).toList());
    assertEquals("Page 1 of 2", "Page " + form.getPageNumber() + " of " + form.getPageCount());
  }
}
