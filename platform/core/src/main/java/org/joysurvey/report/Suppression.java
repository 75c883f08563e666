package org.joysurvey.report;

/** A statistic that may not be published, and why. */
public record Suppression(String key, String reason) {}
