-- Pain entries, the heart of the journal.
--
-- recorded_at keeps the RFC 3339 text with the offset the person was in, because the
-- CSV export must show their local time; recorded_utc_ms is the same instant as UTC
-- milliseconds, because text with mixed offsets does not sort by time.
-- AUTOINCREMENT so an id purged after a soft delete is never handed out again: an
-- id the UI still holds for undo must never name a different entry.
CREATE TABLE pain_entries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    score           INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    note            TEXT,
    recorded_at     TEXT    NOT NULL,
    recorded_utc_ms INTEGER NOT NULL,
    updated_at      TEXT    NOT NULL,
    deleted_at      TEXT
) STRICT;
