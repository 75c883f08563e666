package org.joysurvey.publication;

/** A publication with its report as it was published. */
public record PublishedReport(Publication publication, PublicReport report) {}
