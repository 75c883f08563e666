-- Lock-out after repeated failed logins, kept with the user so that every instance of a cluster
-- sees the same count (org.joysurvey.security.LoginBackoff), and the audit log of what platform
-- users do. Times are UTC. Plain SQL that H2 2.x and PostgreSQL 15 both accept.

alter table app_user add column failed_attempts integer default 0 not null;
alter table app_user add column locked_until timestamp;

create sequence audit_event_seq start with 1 increment by 1;

-- Who did what to which user, edition or responses. Counts and identifiers only: never answers.
create table audit_event (
  id bigint primary key,
  occurred_at timestamp not null,
  actor varchar(64) not null,
  action varchar(64) not null,
  subject varchar(200),
  detail varchar(1000)
);

create index audit_event_occurred_at on audit_event (occurred_at);
