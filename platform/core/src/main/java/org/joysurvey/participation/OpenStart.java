package org.joysurvey.participation;

/** A new open-link draft: its key, and the resume code to show the respondent once. */
public record OpenStart(DraftKey draftKey, String resumeCode) {}
