package org.joysurvey.plugins;

/**
 * A plugin that was skipped: its provider class, its id if it got that far, where it came from, and
 * why.
 */
public record FailedPlugin(String provider, String id, String source, String reason) {}
