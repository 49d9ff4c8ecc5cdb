-- Issue 19: the cluster's proposal (tờ trình của Cụm) and flag quotas per cluster.

-- A proposal filed by the cluster's head (or deputy) unit from a published cluster election: it lists the elected
-- units, each with its own dossier (created or linked). One proposal per election.
CREATE TABLE cluster_proposal (
    id                  uuid PRIMARY KEY,
    cluster_id          uuid         NOT NULL REFERENCES cluster (id),
    period_id           uuid         NOT NULL REFERENCES emulation_period (id),
    award_type_id       uuid         NOT NULL REFERENCES award_type (id),
    election_session_id uuid         NOT NULL,
    filed_by_unit_id    uuid         NOT NULL REFERENCES unit (id),
    filed_by            varchar(100) NOT NULL,
    note                varchar(2000),
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT cluster_proposal_one_per_election UNIQUE (election_session_id)
);
CREATE INDEX cluster_proposal_cluster_idx ON cluster_proposal (cluster_id, award_type_id);

-- The cluster a dossier counts against (set by a cluster proposal), for quotas "per cluster per period".
ALTER TABLE nomination ADD COLUMN cluster_proposal_id uuid REFERENCES cluster_proposal (id);
ALTER TABLE nomination ADD COLUMN cluster_id uuid REFERENCES cluster (id);
CREATE INDEX nomination_cluster_idx ON nomination (cluster_id, award_type_id) WHERE cluster_id IS NOT NULL;

-- A rule parameter's value for one cluster (which belongs to one period), overriding the dated value in force:
-- e.g. R-CO-NGANH / flagsPerCluster = 3 for Cụm III in 2019. catalog.RuleBook.valueFor reads it.
CREATE TABLE rule_parameter_override (
    id          uuid PRIMARY KEY,
    cluster_id  uuid         NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    rule_id     varchar(40)  NOT NULL,
    key         varchar(60)  NOT NULL,
    value       varchar(200) NOT NULL,
    note        varchar(1000),
    updated_by  varchar(100) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT rule_parameter_override_one UNIQUE (cluster_id, rule_id, key)
);
