-- Scoring: criteria templates (frozen once published), score sheets and their per-criterion entries.

CREATE TABLE scoring_template (
    id                     uuid PRIMARY KEY,
    period_id              uuid          NOT NULL REFERENCES emulation_period (id),
    target_group           varchar(32)   NOT NULL,
    version_no             integer       NOT NULL,
    name                   varchar(300)  NOT NULL,
    status                 varchar(16)   NOT NULL,
    total_points           numeric(8, 2) NOT NULL,
    requires_certification boolean       NOT NULL DEFAULT false,
    tie_break              jsonb         NOT NULL DEFAULT '[]',
    sections               jsonb         NOT NULL,
    published_at           timestamptz,
    version                bigint        NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL DEFAULT now(),
    updated_at             timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT scoring_template_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT scoring_template_version_unique UNIQUE (period_id, target_group, version_no)
);
-- At most one template in force per period and target group.
CREATE UNIQUE INDEX scoring_template_one_published ON scoring_template (period_id, target_group) WHERE status = 'PUBLISHED';

CREATE TABLE score_sheet (
    id                 uuid PRIMARY KEY,
    template_id        uuid         NOT NULL REFERENCES scoring_template (id),
    cluster_id         uuid         NOT NULL REFERENCES cluster (id),
    unit_id            uuid         NOT NULL REFERENCES unit (id),
    status             varchar(16)  NOT NULL,
    return_comment     text,
    certification_note varchar(500),
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT score_sheet_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'CERTIFIED', 'VERIFIED', 'LOCKED', 'RETURNED')),
    CONSTRAINT score_sheet_once_per_cluster UNIQUE (cluster_id, unit_id)
);
CREATE INDEX score_sheet_unit_idx ON score_sheet (unit_id);

-- One row per criterion the unit has scored. section_code and method are copied from the (frozen) template
-- so the ranking aggregates in SQL without reading the template document.
CREATE TABLE score_entry (
    sheet_id        uuid          NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    criterion_code  varchar(50)   NOT NULL,
    section_code    varchar(50)   NOT NULL,
    method          varchar(32)   NOT NULL,
    self_input      numeric(10, 2),
    self_points     numeric(8, 2),
    note            text,
    evidence        jsonb         NOT NULL DEFAULT '[]',
    verified_input  numeric(10, 2),
    verified_points numeric(8, 2),
    diff_reason     text,
    PRIMARY KEY (sheet_id, criterion_code)
);
