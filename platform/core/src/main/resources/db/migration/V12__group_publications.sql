-- A report restricted to one group (e.g. demographics.practice_mode:large-group) is a publication
-- of its own, numbered 1, 2, ... per edition and group; '' is the report of everyone.
-- Plain SQL that H2 2.x and PostgreSQL 15 both accept.

alter table publication add column report_group varchar(300) default '' not null;
alter table publication drop constraint publication_version;
alter table publication add constraint publication_version
  unique (edition_id, report_group, version_number);
