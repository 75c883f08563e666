-- Invitations, save-and-resume drafts and incentive addresses. None of these tables refers to
-- survey_response, and survey_response refers to none of them: see docs/anonymity.md.

-- How respondents reach an edition: by personal invitation (the default) or one public link.
alter table edition add column access_mode varchar(12) default 'invitation' not null;

create sequence invitation_seq start with 50 increment by 50;

-- An invitee knows whether they completed, never which response is theirs (no date of completion).
create table invitation (
  id bigint primary key,
  edition_id bigint not null references edition (id) on delete cascade,
  email varchar(320) not null,
  started boolean default false not null,
  completed boolean default false not null,
  last_sent_on date,
  reminders_sent integer default 0 not null,
  constraint invitation_edition_email unique (edition_id, email)
);

-- Only SHA-256 hashes of tokens are stored. Every email carries a fresh token; all tokens of an
-- invitation resume the same draft, and all of them are refused once it is completed.
create table invitation_token (
  token_hash varchar(64) primary key,
  invitation_id bigint not null references invitation (id) on delete cascade
);

create index invitation_token_invitation on invitation_token (invitation_id);

-- Answers saved page by page before submission. An invitee's draft ('invitation:<id>') is deleted
-- in the transaction that stores the response; an open-link draft ('code:<hash of the resume
-- code>') is kept empty, marked submitted, so that a replayed code is refused politely.
create table response_draft (
  draft_key varchar(80) primary key,
  edition_id bigint not null references edition (id) on delete cascade,
  page integer default 0 not null,
  answers varchar(200000) not null,
  submitted boolean default false not null
);

create index response_draft_edition on response_draft (edition_id);

-- Addresses left for an incentive after submitting: a random id, no date, no link to a response.
create table incentive_email (
  id varchar(36) primary key,
  edition_id bigint not null references edition (id) on delete cascade,
  email varchar(320) not null
);

create index incentive_email_edition on incentive_email (edition_id);
