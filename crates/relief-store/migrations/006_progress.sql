-- Progress: the pain diary's optional additions, the day's walking minutes, and
-- the function measures (PSFS, and ODI or RMDQ totals scored elsewhere).

-- The worst and average pain of the last 24 hours and how much pain got in the
-- way of activity, each 0–10 like the score; NULL when not given, as in every
-- entry written before they existed. tags is a set of relief_core::PainTag names
-- joined by commas ("morning,sleep"), NULL for none; names are letters only.
ALTER TABLE pain_entries ADD COLUMN worst_24h    INTEGER CHECK (worst_24h BETWEEN 0 AND 10);
ALTER TABLE pain_entries ADD COLUMN average_24h  INTEGER CHECK (average_24h BETWEEN 0 AND 10);
ALTER TABLE pain_entries ADD COLUMN interference INTEGER CHECK (interference BETWEEN 0 AND 10);
ALTER TABLE pain_entries ADD COLUMN tags         TEXT    CHECK (tags <> '' AND tags NOT GLOB '*[^A-Za-z,]*');

-- Statistics ask for the entries of a range of the person's own dates. The
-- first ten characters of recorded_at are that date (RFC 3339 text in the offset
-- they were in), so these indexes answer the ranges without a scan; the queries
-- use the same expression.
CREATE INDEX pain_entries_by_day ON pain_entries (substr(recorded_at, 1, 10)) WHERE deleted_at IS NULL;
CREATE INDEX sessions_by_day ON sessions (substr(started_at, 1, 10)) WHERE deleted_at IS NULL;
-- Skips given to reminders, by the local date they were set for.
CREATE INDEX reminder_events_skipped_by_day ON reminder_events (substr(set_for, 1, 10))
    WHERE outcome = 'skipped';

-- Minutes walked, one row per local date: logging again replaces the day's
-- number. No soft delete: setting 0 is how a day is corrected.
CREATE TABLE walking (
    date       TEXT    PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    updated_at TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

-- Patient-Specific Functional Scale records. The activities are one document
-- (relief_core::PsfsActivity list as JSON), always read whole. Soft delete, as
-- for pain entries, so undo works until the app restarts.
CREATE TABLE psfs_records (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_on     TEXT    NOT NULL CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    activities_json TEXT    NOT NULL CHECK (json_valid(activities_json)),
    created_at      TEXT    NOT NULL,
    deleted_at      TEXT
) STRICT;

CREATE INDEX psfs_records_by_day ON psfs_records (recorded_on) WHERE deleted_at IS NULL;

-- Totals of the Oswestry Disability Index (0–100, may be a fraction) and the
-- Roland–Morris Disability Questionnaire (0–24, whole); never their items.
CREATE TABLE scored_measures (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    measure     TEXT    NOT NULL CHECK (measure IN ('odi', 'rmdq')),
    total       REAL    NOT NULL CHECK (total >= 0 AND total <= CASE measure WHEN 'odi' THEN 100 ELSE 24 END),
    recorded_on TEXT    NOT NULL CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    scored_by   TEXT,
    created_at  TEXT    NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX scored_measures_by_day ON scored_measures (recorded_on) WHERE deleted_at IS NULL;
