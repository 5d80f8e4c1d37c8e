-- What the person said to the app's offers about their plan: "not now" to
-- the plan of a new phase or to a dose's next step, "OK" to a note that
-- their physiotherapist may want to update the plan, or to a review date.
-- relief-core decides the offers from these (`plan::offers`); each answer is
-- kept whole as relief_core::OfferAnswer's key, as JSON, because the offers
-- only ever ask "was this one answered, and when".
--
-- Not health records: they are not part of a backup, and a restore that
-- replaces the journal forgets them (the plans they were about are gone).
CREATE TABLE plan_offer_answers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    key_json    TEXT    NOT NULL CHECK (json_valid(key_json)),
    answered_at TEXT    NOT NULL
) STRICT;
