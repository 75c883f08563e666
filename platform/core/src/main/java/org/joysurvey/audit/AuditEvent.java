package org.joysurvey.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One row of {@code audit_event}. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  /** In UTC. */
  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = AuditLog.ACTOR_LENGTH)
  private String actor;

  @Column(nullable = false, length = AuditLog.ACTION_LENGTH)
  private String action;

  @Column(length = AuditLog.SUBJECT_LENGTH)
  private String subject;

  @Column(length = AuditLog.DETAIL_LENGTH)
  private String detail;

  protected AuditEvent() {
    // for JPA
  }

  AuditEvent(Instant occurredAt, String actor, String action, String subject, String detail) {
    this.occurredAt = LocalDateTime.ofInstant(Objects.requireNonNull(occurredAt), ZoneOffset.UTC);
    this.actor = Objects.requireNonNull(actor, "an actor is required");
    this.action = Objects.requireNonNull(action, "an action is required");
    this.subject = subject;
    this.detail = detail;
  }

  AuditEntry toEntry() {
    return new AuditEntry(id, occurredAt.toInstant(ZoneOffset.UTC), actor, action, subject, detail);
  }
}
