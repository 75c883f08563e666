-- The answers of each response again, in the compact form reports read (PackedAnswers): item and
-- option positions instead of codes, about a tenth of the JSON. Kept apart from survey_response so
-- that a report reads only these short rows (H2 reads a whole row, the JSON with it). Same random
-- id as the response; the JSON in survey_response stays the record. A response whose answers do
-- not fit its questionnaire has no row here, and its edition's report then reads the JSON.
create table survey_response_packed (
  id varchar(36) not null primary key,
  edition_id bigint not null,
  layout bigint not null,
  answers bytea not null
);

create index survey_response_packed_edition on survey_response_packed (edition_id, layout);

create table survey_response_packed_reseal (
  id varchar(36) not null,
  edition_id bigint not null,
  layout bigint not null,
  answers bytea not null
);
