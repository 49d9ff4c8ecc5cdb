-- Nominations (hồ sơ đề nghị), initiatives (sáng kiến), decisions (quyết định), the awards ledger, and the
-- people's discipline records and pending cases the eligibility rules read (R-TTLDTT, R-BLOCK).

-- Kỷ luật: forms ordered from mildest (1) to gravest; R-TTLDTT blocks from CANH_CAO up.
CREATE TABLE discipline_record (
    id            uuid PRIMARY KEY,
    person_id     uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    form          varchar(16) NOT NULL,
    decided_on    date        NOT NULL,
    reason        text,
    CONSTRAINT discipline_form CHECK (form IN ('KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC'))
);
CREATE INDEX discipline_record_person_idx ON discipline_record (person_id);

-- Đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại, tố cáo: open while closed_on is NULL (R-BLOCK).
CREATE TABLE pending_case (
    id          uuid PRIMARY KEY,
    person_id   uuid REFERENCES person (id) ON DELETE CASCADE,
    unit_id     uuid REFERENCES unit (id),
    kind        varchar(20)  NOT NULL,
    description varchar(500) NOT NULL,
    opened_on   date         NOT NULL,
    closed_on   date,
    CONSTRAINT pending_case_subject CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
    CONSTRAINT pending_case_kind CHECK (kind IN ('DISCIPLINE_REVIEW', 'INVESTIGATION', 'INSPECTION', 'COMPLAINT', 'DENUNCIATION'))
);
CREATE INDEX pending_case_person_idx ON pending_case (person_id);
CREATE INDEX pending_case_unit_idx ON pending_case (unit_id);

CREATE TABLE initiative (
    id                 uuid PRIMARY KEY,
    title              varchar(500) NOT NULL,
    scope              varchar(12)  NOT NULL,
    recognition_number varchar(100) NOT NULL,
    recognition_date   date         NOT NULL,
    recognition_body   varchar(300) NOT NULL,
    prior_use          varchar(300),
    created_by         varchar(100) NOT NULL,
    search_text        text GENERATED ALWAYS AS (thidua_unaccent(title)) STORED,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT initiative_scope CHECK (scope IN ('GRASSROOTS', 'MINISTRY', 'NATIONAL'))
);

CREATE TABLE initiative_owner (
    initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    person_id     uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (initiative_id, person_id)
);
CREATE INDEX initiative_owner_person_idx ON initiative_owner (person_id);

CREATE TABLE decision (
    id                 uuid PRIMARY KEY,
    number             varchar(100) NOT NULL,
    decision_date      date         NOT NULL,
    signer             varchar(200) NOT NULL,
    signer_title       varchar(200) NOT NULL,
    status             varchar(8)   NOT NULL,
    base_amount        numeric(14, 0) NOT NULL,
    revoked_at         timestamptz,
    revocation_grounds text,
    created_by         varchar(100) NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT decision_number_unique UNIQUE (number),
    CONSTRAINT decision_status CHECK (status IN ('ISSUED', 'REVOKED'))
);

CREATE TABLE nomination (
    id                    uuid PRIMARY KEY,
    unit_id               uuid         NOT NULL REFERENCES unit (id),
    person_id             uuid REFERENCES person (id),
    nominee_unit_id       uuid REFERENCES unit (id),
    award_type_id         uuid         NOT NULL REFERENCES award_type (id),
    period_id             uuid         NOT NULL REFERENCES emulation_period (id),
    achievements          text         NOT NULL,
    election_session_id   uuid,
    status                varchar(16)  NOT NULL,
    eligibility_overall   varchar(16),
    eligibility_report    text,
    eligibility_checked_at timestamptz,
    override_reason       text,
    overridden_by         varchar(100),
    return_reason         text,
    comment_closing_date  date,
    council_session_id    uuid,
    council_summary       varchar(500),
    decision_id           uuid REFERENCES decision (id),
    created_by            varchar(100) NOT NULL,
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT nomination_nominee CHECK ((person_id IS NULL) <> (nominee_unit_id IS NULL)),
    CONSTRAINT nomination_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RECEIVED', 'APPRAISING', 'RETURNED', 'ON_AGENDA',
        'PUBLIC_COMMENT', 'COUNCIL_VOTED', 'APPROVED', 'REJECTED', 'DECIDED', 'REVOKED'))
);
CREATE INDEX nomination_unit_idx ON nomination (unit_id);
CREATE INDEX nomination_period_award_idx ON nomination (period_id, award_type_id);
CREATE INDEX nomination_status_idx ON nomination (status);

-- R-INIT: an initiative backs one proposal only.
CREATE TABLE nomination_initiative (
    nomination_id uuid NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    initiative_id uuid NOT NULL REFERENCES initiative (id),
    PRIMARY KEY (nomination_id, initiative_id),
    CONSTRAINT initiative_backs_one_proposal UNIQUE (initiative_id)
);

CREATE TABLE nomination_document (
    id            uuid PRIMARY KEY,
    nomination_id uuid         NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    kind          varchar(24)  NOT NULL,
    title         varchar(300) NOT NULL,
    file_name     varchar(300) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    bigint       NOT NULL,
    sha256        varchar(64)  NOT NULL,
    content       bytea        NOT NULL,
    added_by      varchar(100) NOT NULL,
    added_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT nomination_document_kind CHECK (kind IN ('TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'EVIDENCE'))
);
CREATE INDEX nomination_document_nomination_idx ON nomination_document (nomination_id);

CREATE TABLE nomination_comment (
    id            uuid PRIMARY KEY,
    nomination_id uuid          NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    author        varchar(100)  NOT NULL,
    text          varchar(4000) NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX nomination_comment_nomination_idx ON nomination_comment (nomination_id);

-- The awards ledger: every title or award ever granted, decided here (decision_id) or imported from history.
-- Rows are never deleted; a revocation marks them.
CREATE TABLE award (
    id                 uuid PRIMARY KEY,
    award_type_id      uuid         NOT NULL REFERENCES award_type (id),
    person_id          uuid REFERENCES person (id),
    unit_id            uuid REFERENCES unit (id),
    year               integer      NOT NULL,
    decision_number    varchar(100) NOT NULL,
    decision_date      date         NOT NULL,
    decided_by         varchar(300),
    decision_id        uuid REFERENCES decision (id),
    nomination_id      uuid REFERENCES nomination (id),
    source             varchar(8)   NOT NULL,
    amount             numeric(14, 0),
    revoked_at         timestamptz,
    revoked_by         varchar(100),
    revocation_grounds text,
    created_by         varchar(100) NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT award_subject CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
    CONSTRAINT award_source CHECK (source IN ('DECIDED', 'IMPORTED')),
    CONSTRAINT award_year CHECK (year BETWEEN 1945 AND 2100),
    CONSTRAINT award_revocation CHECK ((revoked_at IS NULL) = (revocation_grounds IS NULL))
);
-- The same title once per subject and year (revoked rows aside).
CREATE UNIQUE INDEX award_once_per_year ON award (award_type_id, coalesce(person_id, unit_id), year) WHERE revoked_at IS NULL;
CREATE INDEX award_person_idx ON award (person_id);
CREATE INDEX award_unit_idx ON award (unit_id);
CREATE INDEX award_decision_idx ON award (decision_id);

-- In-app notices to a unit: its dossier was returned, approved or decided.
CREATE TABLE notification (
    id            uuid PRIMARY KEY,
    unit_id       uuid         NOT NULL REFERENCES unit (id),
    nomination_id uuid REFERENCES nomination (id) ON DELETE CASCADE,
    kind          varchar(16)  NOT NULL,
    message       varchar(1000) NOT NULL,
    read_at       timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX notification_unit_idx ON notification (unit_id, created_at);

-- Base amount (mức lương cơ sở) the reward multiples of Decree 152/2025 apply to.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note) VALUES
    ('00000000-0000-4000-8000-000000100140', 'R-REWARD', 'baseAmount', 'INTEGER', '2340000',
        'Mức lương cơ sở (đồng) làm căn cứ tính tiền thưởng theo hệ số', '2024-07-01', NULL,
        'Nghị định 73/2024/NĐ-CP', 'Điều 3', false,
        'CHƯA XÁC MINH trong nghiên cứu: 2.340.000 đồng suy từ ví dụ 12 × 2.340.000 (Bắc Ninh 2025, §5.2). Sửa khi mức lương cơ sở thay đổi.');
