package org.joysurvey.spi;

/**
 * One response as a report sees it: its answers and the derived variables of every instrument of
 * the edition.
 */
public record ScoredResponse(Answers answers, DerivedVariables derived) {}
