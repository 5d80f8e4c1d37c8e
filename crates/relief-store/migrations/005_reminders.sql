-- Reminders: what the person asked to be reminded of, and when. The schedule is
-- relief_core::Schedule as JSON: always read and replaced whole, its rules kept
-- by relief-core. Soft delete, as for pain entries, so deleting can be undone.
CREATE TABLE reminders (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL CHECK (kind IN ('routine', 'diary', 'followUp', 'custom')),
    message       TEXT    NOT NULL,
    enabled       INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    schedule_json TEXT    NOT NULL CHECK (json_valid(schedule_json)),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    deleted_at    TEXT
) STRICT;

-- What became of each time a reminder fell due: shown, done, snoozed, moved to
-- later, or skipped with a reason. Skips count in adherence, so the reason is a
-- column; the kind is copied so the history reads after a reminder is deleted.
CREATE TABLE reminder_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    reminder_id    INTEGER NOT NULL REFERENCES reminders (id),
    kind           TEXT    NOT NULL,
    set_for        TEXT    NOT NULL,
    due_at         TEXT    NOT NULL,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('shown', 'done', 'snoozed', 'moved', 'skipped')),
    skip_reason    TEXT             CHECK (skip_reason IN ('too-painful', 'no-time', 'no-space-or-equipment', 'other')),
    from_catch_up  INTEGER NOT NULL CHECK (from_catch_up IN (0, 1)),
    recorded_at    TEXT    NOT NULL
) STRICT;

CREATE INDEX reminder_events_by_time ON reminder_events (due_at);

-- The scheduler's memory between runs: when it last looked (so reminders that
-- fell due while the app was closed are caught up) and what is snoozed or
-- paused (relief_core::Snoozes as JSON). One row.
CREATE TABLE scheduler_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    last_check   TEXT    NOT NULL,
    snoozes_json TEXT    NOT NULL CHECK (json_valid(snoozes_json))
) STRICT;
