package org.joysurvey.participation;

import java.time.LocalDate;

/**
 * Responses stored on one day, all responses up to and including it, and that total as a share of
 * the invitations sent ({@code null} when none was sent, as in open-link mode).
 */
public record ResponsesOnDay(LocalDate day, long responses, long cumulative, Double cumulativeRate)
    implements java.io.Serializable {}
