-- Exercise plans: the current one and every earlier one (the history). A plan is
-- one document, relief_core::Plan as JSON: it is always read and replaced whole,
-- and its shape is versioned by relief-core's plan-file format, not by SQL.
CREATE TABLE plans (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_json   TEXT    NOT NULL CHECK (json_valid(plan_json)),
    source      TEXT    NOT NULL CHECK (source IN ('default', 'edited', 'file')),
    created_at  TEXT    NOT NULL,
    replaced_at TEXT
) STRICT;

-- At most one current plan: every current row has the same value here.
CREATE UNIQUE INDEX plans_one_current ON plans ((replaced_at IS NULL)) WHERE replaced_at IS NULL;

-- Exercise sessions, guided or logged afterwards. Soft delete, as for pain.
CREATE TABLE sessions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at     TEXT    NOT NULL,
    started_utc_ms INTEGER NOT NULL,
    finished_at    TEXT    NOT NULL,
    effort         INTEGER NOT NULL CHECK (effort BETWEEN 0 AND 10),
    pain_before    INTEGER          CHECK (pain_before BETWEEN 0 AND 10),
    pain_after     INTEGER          CHECK (pain_after BETWEEN 0 AND 10),
    note           TEXT,
    plan_id        INTEGER REFERENCES plans (id),
    updated_at     TEXT    NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE INDEX sessions_recent ON sessions (started_utc_ms DESC, id DESC) WHERE deleted_at IS NULL;

-- What was done of each exercise in a session, in order. The whole
-- relief_core::SessionExercise is kept as JSON; library_id and skipped_reason are
-- copied out so adherence and skip reasons can be counted in SQL.
CREATE TABLE session_exercises (
    session_id     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    exercise_json  TEXT    NOT NULL CHECK (json_valid(exercise_json)),
    library_id     TEXT,
    skipped_reason TEXT CHECK (skipped_reason IN ('too-painful', 'no-time', 'no-space-or-equipment', 'other')),
    PRIMARY KEY (session_id, position)
) STRICT;
