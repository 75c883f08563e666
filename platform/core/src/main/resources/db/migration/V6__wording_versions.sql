-- Wording versions: every change of an edition's own wording of an item (set, changed, or removed
-- back to the plugin's text) is kept as the next version of that edition's wording, numbered 1, 2,
-- ... per edition, one item per version. The wording respondents saw under version v is the
-- plugin's text with every change up to v applied; version 0 is the plugin's wording throughout.
-- A society that fixes a typo while the survey is open can thus still tell the answers apart.
-- V6, not V5: V5 was left to another change made at the same time.
-- Plain SQL that H2 2.x and PostgreSQL 15 both accept.

create sequence wording_version_seq start with 50 increment by 50;

create table wording_version (
  id bigint primary key,
  edition_id bigint not null references edition (id) on delete cascade,
  version_number integer not null,
  -- the full item code, e.g. mbi-2.ee
  item_code varchar(200) not null,
  -- null: the plugin's own wording (no wording of the edition before, or none after)
  old_text varchar(1000),
  new_text varchar(1000),
  changed_by varchar(64) not null,
  changed_on date not null,
  constraint wording_version_number unique (edition_id, version_number)
);

-- The wording version of its edition each response was answered under; 0 = the plugin's wording,
-- which is what every response stored before this migration was answered under unless the
-- edition had set its own wording (that history was not kept).
alter table survey_response add column wording_version integer default 0 not null;
