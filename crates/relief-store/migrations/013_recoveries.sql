-- Each time the journal was found damaged and put right (`recovery.rs`): what
-- was found, where the damaged file was kept, which backup was restored and
-- when it was taken. The app tells the person from these rows until they
-- dismiss the notice, so a recovery done by the command line, or in a run
-- whose window closed too soon, is still told the next time the app opens.
--
-- Not health records: not part of a backup, and a restore keeps them.
CREATE TABLE recoveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    happened_at     TEXT    NOT NULL,
    damage          TEXT    NOT NULL
                    CHECK (damage IN ('damaged', 'emptied', 'unreadable', 'not_upgradable')),
    moved_to        TEXT    NOT NULL,
    restored_from   TEXT,
    backup_taken_at TEXT,
    dismissed_at    TEXT
) STRICT;
