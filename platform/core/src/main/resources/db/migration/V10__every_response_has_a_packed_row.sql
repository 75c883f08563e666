-- Every response has exactly one row in survey_response_packed: its packed answers, or none (null)
-- when they could not be packed. A report then learns whether it can read the packed form from
-- this small table alone, without counting the responses themselves (which, on PostgreSQL before
-- a vacuum, means reading every page of survey_response). Responses stored before V9 get a row
-- without answers, so their editions' reports read the JSON, as before.
alter table survey_response_packed alter column answers drop not null;
alter table survey_response_packed_reseal alter column answers drop not null;

insert into survey_response_packed (id, edition_id, layout, answers)
  select r.id, r.edition_id, 0, null from survey_response r
  where not exists (select 1 from survey_response_packed p where p.id = r.id);
