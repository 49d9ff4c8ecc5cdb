-- Eligibility receipts (issue 18): every rule set an eligibility report of a dossier was judged under — the
-- evaluation date, the version of every rule parameter read (id, effective range, value; JSON) and the SHA-256 hash
-- of that set in its canonical form (docs/statistics.md). A row is written when a check reads a rule set other than
-- the dossier's latest one, so re-running after a rule change can show what changed. Append-only.
CREATE TABLE eligibility_receipt (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nomination_id uuid         NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    evaluated_on  date         NOT NULL,
    rule_set_hash varchar(64)  NOT NULL,
    parameters    text         NOT NULL,
    checked_at    timestamptz  NOT NULL,
    checked_by    varchar(100)
);
CREATE INDEX eligibility_receipt_nomination ON eligibility_receipt (nomination_id, id DESC);
