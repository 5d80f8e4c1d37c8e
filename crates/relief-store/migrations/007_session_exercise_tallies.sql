-- What Progress counts of sessions' exercises, apart from their JSON.
--
-- Adherence needs of an exercise only which one it was and whether it was
-- skipped, and why. Decoding every exercise's JSON to learn that (ten years
-- are about 17,000 of them) was most of the time the "all" range took.

-- A custom exercise's name gets a column beside the library id and skip reason
-- that 004 already copies out. Every row written from now on fills it in the
-- same statement as its JSON; the rows already there are filled here.
ALTER TABLE session_exercises ADD COLUMN custom_name TEXT;
UPDATE session_exercises
   SET custom_name = json_extract(exercise_json, '$.exercise.name')
 WHERE json_extract(exercise_json, '$.exercise.kind') = 'custom';

-- Those columns in session order, for the exercises of a few weeks and for
-- "was anything done in this session", read without a page of JSON. Being an
-- index, SQLite keeps it right in the transaction of every write.
CREATE INDEX session_exercises_tally
    ON session_exercises (session_id, position, library_id, custom_name, skipped_reason);

-- Each calendar month's live sessions' exercises, added up: how many times
-- each exercise was done, or skipped for each reason, in sessions started in
-- that month (the person's own dates), and the first of those times (its
-- session's local date, start in UTC milliseconds and id, and its position),
-- because adherence lists exercises done off-plan in the order first done.
-- A range reads the months it covers whole from here and only its partial
-- months' exercises one by one: ten years are about 2,600 rows, not 17,000.
CREATE TABLE session_exercise_months (
    month          TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    library_id     TEXT,
    custom_name    TEXT,
    skipped_reason TEXT,
    times          INTEGER NOT NULL CHECK (times > 0),
    first_day      TEXT    NOT NULL,
    first_utc_ms   INTEGER NOT NULL,
    first_session  INTEGER NOT NULL,
    first_position INTEGER NOT NULL
) STRICT;

CREATE INDEX session_exercise_months_by_month ON session_exercise_months (month);

-- Each day's live sessions in which something was done, and their minutes, as
-- relief-core counts them for the activity calendar and the weeks' done days:
-- one row a day, read without parsing a session's times.
CREATE TABLE session_days (
    day      TEXT    PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sessions INTEGER NOT NULL CHECK (sessions > 0),
    minutes  INTEGER NOT NULL CHECK (minutes >= 0)
) STRICT, WITHOUT ROWID;

-- Both are filled for the sessions already here by the same code that keeps
-- them right afterwards (relief-store's `sessions::recount_months`, run by
-- this migration's hook in its transaction): every add, correction, delete
-- and undo rewrites its session's month in the same transaction.
