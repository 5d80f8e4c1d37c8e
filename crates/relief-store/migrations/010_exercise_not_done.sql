-- Each exercise of a session ends one of three ways: done (with what was
-- actually done), skipped (with the reason given), or not done (passed over
-- with Next or the arrow keys, or never reached). Until now an exercise
-- passed over was saved with nothing done and counted as done everywhere,
-- which made a session of three exercises done and six passed over read "9
-- exercises done", and inflated adherence.
--
-- The outcome is copied out beside the skip reason, as 004 does for what
-- statistics count. The rows already here are settled by this migration's
-- hook with relief-core's own rule (`SessionExercise::settled`: not skipped
-- and nothing done is not done), their JSON marked `"notDone": true`, and
-- every sum of 007 and 008 rebuilt from them, all in this one transaction.
ALTER TABLE session_exercises
    ADD COLUMN not_done INTEGER NOT NULL DEFAULT 0 CHECK (not_done IN (0, 1));

-- The tallies now ask "done, and not passed over": the covering index keeps
-- answering them without the table.
DROP INDEX session_exercises_tally;
CREATE INDEX session_exercises_tally
    ON session_exercises (session_id, position, library_id, custom_name, skipped_reason, not_done);
