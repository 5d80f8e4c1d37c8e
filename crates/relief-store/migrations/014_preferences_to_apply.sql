-- The preferences a restore that replaces the journal brings with it, kept in
-- the same transaction as the records (`restore.rs`). The preferences file is
-- written from this row just after the commit and the row then removed; if
-- the process dies or the write fails in between, the next start writes it,
-- so the journal and the preferences never disagree for longer than that.
-- At most one row: a newer restore replaces what an older one left.
CREATE TABLE preferences_to_apply (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    preferences_json TEXT    NOT NULL CHECK (json_valid(preferences_json)),
    restored_at      TEXT    NOT NULL
) STRICT;
