-- Publications: a report made public on purpose, frozen. Each row is one version of an edition's
-- published report, numbered 1, 2, ... per edition; the document is the public view of the report
-- as it was published (figures, what was withheld and why, k, instrument versions), as JSON text,
-- and is never recomputed: a later plugin update, benchmark value or import does not change it.
-- Plain SQL that H2 2.x and PostgreSQL 15 both accept (text is unbounded on both).

create table publication (
  edition_id bigint not null references edition (id) on delete cascade,
  version_number integer not null,
  published_on date not null,
  published_by varchar(64) not null,
  note varchar(1000),
  responses bigint not null,
  suppression_threshold integer not null,
  -- instrument=version pairs joined by ';', e.g. mini-z=1.0.0;mbi-2=1.0.0
  instrument_versions varchar(1000) not null,
  document text not null,
  -- two instances publishing at once cannot both store version n
  constraint publication_version unique (edition_id, version_number)
);
