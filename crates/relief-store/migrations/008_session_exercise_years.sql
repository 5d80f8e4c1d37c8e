-- Each calendar year's exercises added up, from 007's months.
--
-- "All" on ten years still read about 2,600 month rows, a third of the time
-- Progress took for it. A range now reads the years it covers whole from
-- here, its other whole months from session_exercise_months, and only its
-- partial months' exercises one by one: ten years are a few hundred rows.
--
-- The same columns as the months: how many times each exercise was done, or
-- skipped for each reason, in sessions started in that year (the person's own
-- dates), and the first of those times, which is the earliest month's first.
CREATE TABLE session_exercise_years (
    year           TEXT    NOT NULL CHECK (year GLOB '[0-9][0-9][0-9][0-9]'),
    library_id     TEXT,
    custom_name    TEXT,
    skipped_reason TEXT,
    times          INTEGER NOT NULL CHECK (times > 0),
    first_day      TEXT    NOT NULL,
    first_utc_ms   INTEGER NOT NULL,
    first_session  INTEGER NOT NULL,
    first_position INTEGER NOT NULL
) STRICT;

CREATE INDEX session_exercise_years_by_year ON session_exercise_years (year);

-- Filled for the months already summed by relief-store's
-- `tallies::recount_every_year`, run by this migration's hook in its
-- transaction; every later write that recounts a month recounts its year in
-- the same transaction (`tallies::recount`).
