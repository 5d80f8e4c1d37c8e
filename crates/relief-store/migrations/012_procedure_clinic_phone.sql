-- The clinic's phone number, optional, as the person writes it: Get help
-- shows it beside "contact your clinic", so the number is there when it is
-- needed. relief-core trims it and bounds it at 40 characters; the CHECK
-- keeps a hand-edited file to the same.
ALTER TABLE procedures
    ADD COLUMN clinic_phone TEXT CHECK (clinic_phone IS NULL OR length(clinic_phone) BETWEEN 1 AND 40);
