-- Scratch space for resealing a closed edition's responses (ResponseStore.reseal): they are copied
-- out and written back in the order of their random ids, in one transaction, so that neither their
-- physical order nor PostgreSQL's transaction ids (xmin) say any longer which arrived when, or with
-- which invitation's completion. Empty outside that transaction.
create table survey_response_reseal (
  id varchar(36) not null,
  edition_id bigint not null,
  submitted_on date,
  instrument_versions varchar(1000) not null,
  answers varchar(200000) not null,
  wording_version integer not null
);

create table incentive_email_reseal (
  id varchar(36) not null,
  edition_id bigint not null,
  email varchar(320) not null
);
