-- The timeline asks for the newest live entries first; this index answers it
-- without a sort, and skips soft-deleted rows.
CREATE INDEX pain_entries_recent
    ON pain_entries (recorded_utc_ms DESC, id DESC)
    WHERE deleted_at IS NULL;
