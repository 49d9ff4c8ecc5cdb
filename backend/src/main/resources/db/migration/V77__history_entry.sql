-- A past year entered as record-keeping (issue 18, docs/statistics.md "A past year as record-keeping"): each row the
-- secretariat enters into an ended period is marked with who entered it. NULL = made at the time, through the
-- ordinary flow.
ALTER TABLE cluster ADD COLUMN entered_by varchar(100);
ALTER TABLE campaign ADD COLUMN entered_by varchar(100);
ALTER TABLE voting_session ADD COLUMN entered_by varchar(100);
ALTER TABLE nomination ADD COLUMN entered_by varchar(100);
ALTER TABLE decision ADD COLUMN entered_by varchar(100);
ALTER TABLE award ADD COLUMN entered_by varchar(100);

-- A cluster's final result of a past year, as the cluster's minutes record it: a final score and rank per unit, with
-- no per-criterion score sheet behind it.
CREATE TABLE final_score (
    id          uuid PRIMARY KEY,
    cluster_id  uuid          NOT NULL REFERENCES cluster (id),
    unit_id     uuid          NOT NULL REFERENCES unit (id),
    final_score numeric(8, 2) NOT NULL,
    final_rank  integer       NOT NULL,
    entered_by  varchar(100)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT final_score_once_per_cluster UNIQUE (cluster_id, unit_id),
    CONSTRAINT final_score_rank CHECK (final_rank >= 1),
    CONSTRAINT final_score_not_negative CHECK (final_score >= 0)
);
