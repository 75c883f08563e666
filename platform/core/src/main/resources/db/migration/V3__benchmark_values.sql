-- Benchmark values: published figures of a year whose raw responses the platform does not hold
-- (e.g. the 2018 report of an earlier survey), entered by the designer through
-- /api/admin/benchmarks. A report compares a statistic with the benchmark of an earlier year when no
-- more recent edition with raw data has it. See docs/adr/0004-year-over-year.md.
-- V3, not V2: the next version number was left to another change made at the same time.
-- The value column is stat_value because VALUE is a reserved word in H2.
create table benchmark_value (
  edition_year integer not null,
  statistic_key varchar(200) not null,
  stat_value double precision not null,
  numerator bigint,
  denominator bigint,
  source varchar(500) not null,
  primary key (edition_year, statistic_key)
);
