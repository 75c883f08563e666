-- Editions, their instruments and settings, anonymous responses, and platform users.
-- Plain SQL that H2 2.x and PostgreSQL 15 both accept.

create sequence edition_seq start with 50 increment by 50;

create table edition (
  id bigint primary key,
  edition_year integer not null,
  title varchar(200) not null,
  status varchar(10) not null,
  suppression_threshold integer not null,
  constraint edition_year_title unique (edition_year, title)
);

create table edition_instrument (
  edition_id bigint not null references edition (id) on delete cascade,
  position integer not null,
  instrument_id varchar(64) not null,
  primary key (edition_id, position)
);

create table edition_setting (
  edition_id bigint not null references edition (id) on delete cascade,
  setting_key varchar(128) not null,
  setting_value varchar(1000) not null,
  primary key (edition_id, setting_key)
);

-- A response knows its edition and nothing about its respondent: a random id (no order), the day
-- at most (no time), no address, no token. See docs/adr/0002-anonymous-responses.md.
create table survey_response (
  id varchar(36) primary key,
  edition_id bigint not null references edition (id),
  submitted_on date,
  instrument_versions varchar(1000) not null,
  answers varchar(200000) not null
);

create index survey_response_edition on survey_response (edition_id);

create table app_user (
  username varchar(64) primary key,
  password_hash varchar(512) not null,
  roles varchar(200) not null
);
