-- The report narrative designers write per edition, as Markdown (org.joysurvey.narrative): one row
-- per block that is not blank. block is introduction, conclusion, recommendations, appendices or
-- chapter; chapter is the instrument id of a chapter's paragraph and '' for the other blocks.
-- A publication keeps its own copy in its document; these rows may change after publishing.
-- Plain SQL that H2 2.x and PostgreSQL 15 both accept.

create table edition_narrative (
  edition_id bigint not null references edition (id) on delete cascade,
  block varchar(20) not null,
  chapter varchar(64) default '' not null,
  markdown varchar(20000) not null,
  primary key (edition_id, block, chapter)
);

-- How many were invited to an edition run outside the platform (no invitations here), entered by a
-- designer for the report's methods; null when unknown. Not copied to next year's edition.
alter table edition add column invited_elsewhere bigint;
