-- Procedure records: each RFN done or planned. Repeats are common, so there may be
-- several. levels holds the region's canonical level ids joined by commas
-- ("L4-L5,L5-S1"); ids never contain a comma, and relief-core checks them.
-- baseline_pain is the person's usual pain before, which later views compare
-- against. Soft delete, as for pain entries, so undo works until the app restarts.
CREATE TABLE procedures (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    date          TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    region        TEXT    NOT NULL CHECK (region IN ('lumbar', 'thoracic', 'cervical', 'sacroiliac')),
    levels        TEXT    NOT NULL,
    side          TEXT             CHECK (side IN ('left', 'right', 'both')),
    clinic        TEXT,
    clinician     TEXT,
    baseline_pain INTEGER          CHECK (baseline_pain BETWEEN 0 AND 10),
    notes         TEXT,
    updated_at    TEXT    NOT NULL,
    deleted_at    TEXT
) STRICT;
