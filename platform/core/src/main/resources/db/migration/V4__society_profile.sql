-- The society running this instance: name, logo, colour, contact, privacy statement and the
-- introduction shown to respondents, edited by admins (/api/admin/society, designer/society.xhtml).
-- One row at most (id = 1). Until an admin saves it, SocietyService uses the defaults: the name
-- from JOY_SOCIETY_NAME (or "Joy Survey"), the colour #1f4e79 and empty texts.
create table society_profile (
  id integer not null primary key,
  name varchar(200) not null,
  logo_url varchar(1000) not null,
  primary_colour varchar(7) not null,
  contact varchar(500) not null,
  privacy_statement varchar(5000) not null,
  introduction varchar(5000) not null,
  constraint society_profile_single_row check (id = 1)
);
