-- Campaigns (phong trào thi đua), their target units, targets (chỉ tiêu), documents and reports per unit;
-- registrations (đăng ký thi đua) and covenants (giao ước thi đua).

CREATE TABLE campaign (
    id                    uuid PRIMARY KEY,
    title                 varchar(300) NOT NULL,
    slogan                varchar(500),
    type                  varchar(12)  NOT NULL,
    scope                 varchar(12)  NOT NULL,
    launching_unit_id     uuid         NOT NULL REFERENCES unit (id),
    period_id             uuid REFERENCES emulation_period (id),
    start_date            date         NOT NULL,
    end_date              date         NOT NULL,
    registration_deadline date,
    interim_report_due    date,
    final_report_due      date,
    target_selector       varchar(8)   NOT NULL,
    target_cluster_id     uuid REFERENCES cluster (id),
    target_unit_kind      varchar(32),
    status                varchar(16)  NOT NULL DEFAULT 'DRAFT',
    launched_at           timestamptz,
    search_text           text GENERATED ALWAYS AS (thidua_unaccent(title || ' ' || coalesce(slogan, ''))) STORED,
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT campaign_type CHECK (type IN ('REGULAR', 'THEMATIC')),
    CONSTRAINT campaign_scope CHECK (scope IN ('SECTOR', 'CLUSTER', 'UNIT')),
    CONSTRAINT campaign_status CHECK (status IN ('DRAFT', 'LAUNCHED', 'IN_PROGRESS', 'FINAL_REVIEW', 'CLOSED')),
    CONSTRAINT campaign_selector CHECK (target_selector IN ('CLUSTER', 'KIND', 'LIST')),
    CONSTRAINT campaign_dates CHECK (end_date >= start_date),
    CONSTRAINT campaign_deadline CHECK (registration_deadline IS NULL OR registration_deadline BETWEEN start_date AND end_date)
);
CREATE INDEX campaign_status_idx ON campaign (status);
CREATE INDEX campaign_search_trgm ON campaign USING gin (search_text gin_trgm_ops);

-- The units a campaign is delivered to (resolved from the selector when the campaign is saved).
CREATE TABLE campaign_target_unit (
    campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    unit_id     uuid NOT NULL REFERENCES unit (id),
    PRIMARY KEY (campaign_id, unit_id)
);
CREATE INDEX campaign_target_unit_unit_idx ON campaign_target_unit (unit_id);

-- Chỉ tiêu: text with an optional number and measure.
CREATE TABLE campaign_goal (
    campaign_id uuid          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    text        varchar(1000) NOT NULL,
    quantity    numeric(14, 2),
    measure     varchar(50),
    PRIMARY KEY (campaign_id, position)
);

CREATE TABLE campaign_document (
    id           uuid PRIMARY KEY,
    campaign_id  uuid         NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    title        varchar(300) NOT NULL,
    url          varchar(2000),
    file_name    varchar(300),
    content_type varchar(100),
    size_bytes   bigint,
    content      bytea,
    added_by     varchar(100) NOT NULL,
    added_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT campaign_document_link_or_file CHECK ((url IS NULL) <> (content IS NULL))
);
CREATE INDEX campaign_document_campaign_idx ON campaign_document (campaign_id);

-- Sơ kết / tổng kết: one short report per target unit and stage.
CREATE TABLE campaign_report (
    id           uuid PRIMARY KEY,
    campaign_id  uuid          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    unit_id      uuid          NOT NULL REFERENCES unit (id),
    stage        varchar(8)    NOT NULL,
    summary      varchar(4000) NOT NULL,
    submitted_by varchar(100)  NOT NULL,
    submitted_at timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT campaign_report_stage CHECK (stage IN ('INTERIM', 'FINAL')),
    CONSTRAINT campaign_report_once UNIQUE (campaign_id, unit_id, stage)
);

CREATE TABLE registration (
    id            uuid PRIMARY KEY,
    campaign_id   uuid          NOT NULL REFERENCES campaign (id),
    unit_id       uuid          NOT NULL REFERENCES unit (id),
    person_id     uuid REFERENCES person (id),
    award_type_id uuid          NOT NULL REFERENCES award_type (id),
    commitments   varchar(4000),
    status        varchar(12)   NOT NULL DEFAULT 'DRAFT',
    return_reason varchar(1000),
    created_by    varchar(100)  NOT NULL,
    submitted_at  timestamptz,
    decided_at    timestamptz,
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT registration_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'))
);
-- One registration per subject and award type in a campaign (a person, or the unit itself).
CREATE UNIQUE INDEX registration_once ON registration
    (campaign_id, unit_id, coalesce(person_id, '00000000-0000-0000-0000-000000000000'::uuid), award_type_id);
CREATE INDEX registration_campaign_status_idx ON registration (campaign_id, status);

CREATE TABLE covenant (
    id          uuid PRIMARY KEY,
    cluster_id  uuid          NOT NULL REFERENCES cluster (id),
    campaign_id uuid REFERENCES campaign (id),
    title       varchar(300)  NOT NULL,
    signed_on   date          NOT NULL,
    conference  varchar(500)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX covenant_cluster_idx ON covenant (cluster_id);

CREATE TABLE covenant_member (
    covenant_id uuid NOT NULL REFERENCES covenant (id) ON DELETE CASCADE,
    unit_id     uuid NOT NULL REFERENCES unit (id),
    PRIMARY KEY (covenant_id, unit_id)
);

CREATE TABLE covenant_goal (
    covenant_id uuid          NOT NULL REFERENCES covenant (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    text        varchar(1000) NOT NULL,
    quantity    numeric(14, 2),
    measure     varchar(50),
    PRIMARY KEY (covenant_id, position)
);
