package org.joysurvey.publication;

import java.time.LocalDate;

/** STUB until the narrative branch lands. */
public record SurveyFacts(
    LocalDate firstResponse,
    LocalDate lastResponse,
    Long invited,
    String invitedSource,
    long responses) {}
