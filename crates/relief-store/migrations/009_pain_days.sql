-- Each day's live pain readings added up: the day's total and how many.
--
-- The pain chart and the relief-window monitor need only each day's mean.
-- Reading every entry for it (ten years are about 4,900) with a look-up of its
-- row each was the largest part of what "all" still took after 008. This table
-- holds one row a day that has a reading, by the person's own date (the first
-- ten characters of `recorded_at`, as the range queries take it).
--
-- Triggers keep it, not app code: pain entries are written by the diary, its
-- corrections, delete and undo, the purge at start-up, the seed, restore and
-- recovery, and a trigger runs in the same transaction as each of them, so the
-- sums can never be behind the entries. (Sessions' sums are kept by app code
-- instead, because the rule for a session's minutes lives in relief-core.)
CREATE TABLE pain_days (
    day      TEXT    PRIMARY KEY,
    total    INTEGER NOT NULL CHECK (total >= 0),
    readings INTEGER NOT NULL CHECK (readings > 0)
) STRICT, WITHOUT ROWID;

INSERT INTO pain_days (day, total, readings)
SELECT substr(recorded_at, 1, 10), sum(score), count(*)
  FROM pain_entries
 WHERE deleted_at IS NULL
 GROUP BY substr(recorded_at, 1, 10);

-- A live entry counts for its day.
CREATE TRIGGER pain_days_add AFTER INSERT ON pain_entries
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO pain_days (day, total, readings)
    VALUES (substr(NEW.recorded_at, 1, 10), NEW.score, 1)
    ON CONFLICT (day) DO UPDATE SET total = total + excluded.total,
                                    readings = readings + 1;
END;

-- A live entry removed stops counting; a day left without one goes.
CREATE TRIGGER pain_days_remove AFTER DELETE ON pain_entries
WHEN OLD.deleted_at IS NULL
BEGIN
    DELETE FROM pain_days WHERE day = substr(OLD.recorded_at, 1, 10) AND readings = 1;
    UPDATE pain_days SET total = total - OLD.score, readings = readings - 1
     WHERE day = substr(OLD.recorded_at, 1, 10);
END;

-- A correction, a soft delete or an undo: the old entry stops counting if it
-- did, and the new one counts if it is live.
CREATE TRIGGER pain_days_change AFTER UPDATE OF score, recorded_at, deleted_at ON pain_entries
BEGIN
    DELETE FROM pain_days
     WHERE OLD.deleted_at IS NULL AND day = substr(OLD.recorded_at, 1, 10) AND readings = 1;
    UPDATE pain_days SET total = total - OLD.score, readings = readings - 1
     WHERE OLD.deleted_at IS NULL AND day = substr(OLD.recorded_at, 1, 10);
    INSERT INTO pain_days (day, total, readings)
    SELECT substr(NEW.recorded_at, 1, 10), NEW.score, 1
     WHERE NEW.deleted_at IS NULL
    ON CONFLICT (day) DO UPDATE SET total = total + excluded.total,
                                    readings = readings + 1;
END;
