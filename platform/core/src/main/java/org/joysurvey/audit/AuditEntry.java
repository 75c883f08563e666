package org.joysurvey.audit;

import java.time.Instant;

/**
 * One entry of the audit log: when, who (the user name of the caller), what ({@code user.create},
 * {@code responses.import}, ...), to what ({@code user/bob}, {@code edition/12}; may be null) and a
 * short detail such as a count (may be null).
 */
public record AuditEntry(
    long id, Instant occurredAt, String actor, String action, String subject, String detail) {}
