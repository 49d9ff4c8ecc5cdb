-- Organisation model: units, people, annual ratings, emulation periods, clusters.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accent- and case-insensitive folding for Vietnamese search ("Nguyễn" → "nguyen", "Đ" → "d").
-- IMMUTABLE so it can feed generated columns and indexes (unaccent() itself is only STABLE).
CREATE FUNCTION thidua_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE unit (
    id           uuid PRIMARY KEY,
    name         varchar(300) NOT NULL,
    short_name   varchar(100),
    kind         varchar(32)  NOT NULL,
    province     varchar(100),
    parent_id    uuid REFERENCES unit (id),
    valid_from   date         NOT NULL,
    valid_to     date,
    successor_id uuid REFERENCES unit (id),
    search_text  text GENERATED ALWAYS AS (thidua_unaccent(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(province, ''))) STORED,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT unit_not_own_successor CHECK (successor_id <> id),
    CONSTRAINT unit_not_own_parent CHECK (parent_id <> id)
);
CREATE INDEX unit_parent_idx ON unit (parent_id);
CREATE INDEX unit_successor_idx ON unit (successor_id);
CREATE INDEX unit_kind_idx ON unit (kind);
CREATE INDEX unit_search_trgm ON unit USING gin (search_text gin_trgm_ops);

CREATE TABLE person (
    id              uuid PRIMARY KEY,
    full_name       varchar(200) NOT NULL,
    birth_year      integer,
    gender          varchar(8),
    unit_id         uuid         NOT NULL REFERENCES unit (id),
    position        varchar(200),
    leader          boolean      NOT NULL DEFAULT false,
    employment_type varchar(32)  NOT NULL,
    search_text     text GENERATED ALWAYS AS (thidua_unaccent(full_name)) STORED,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT person_birth_year CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100)
);
CREATE INDEX person_unit_idx ON person (unit_id);
CREATE INDEX person_search_trgm ON person USING gin (search_text gin_trgm_ops);

-- Where a person worked and as what, with dates; the open row (valid_to NULL) is the current one.
CREATE TABLE person_assignment (
    id         uuid PRIMARY KEY,
    person_id  uuid         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    unit_id    uuid         NOT NULL REFERENCES unit (id),
    position   varchar(200),
    valid_from date         NOT NULL,
    valid_to   date,
    CONSTRAINT assignment_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX person_assignment_person_idx ON person_assignment (person_id);
CREATE UNIQUE INDEX person_assignment_one_open ON person_assignment (person_id) WHERE valid_to IS NULL;

-- Yearly performance rating (xếp loại chất lượng): HTXSNV, HTTNV, HTNV, KHTNV.
CREATE TABLE annual_rating (
    id        uuid PRIMARY KEY,
    person_id uuid       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    year      integer    NOT NULL,
    rating    varchar(8) NOT NULL,
    CONSTRAINT annual_rating_once_a_year UNIQUE (person_id, year),
    CONSTRAINT annual_rating_year CHECK (year BETWEEN 1990 AND 2100)
);

CREATE TABLE emulation_period (
    id         uuid PRIMARY KEY,
    label      varchar(50) NOT NULL,
    start_date date        NOT NULL,
    end_date   date        NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT emulation_period_label_unique UNIQUE (label),
    CONSTRAINT emulation_period_dates CHECK (end_date > start_date)
);

CREATE TABLE cluster (
    id          uuid PRIMARY KEY,
    period_id   uuid         NOT NULL REFERENCES emulation_period (id),
    name        varchar(300) NOT NULL,
    kind        varchar(16)  NOT NULL,
    search_text text GENERATED ALWAYS AS (thidua_unaccent(name)) STORED,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT cluster_name_per_period UNIQUE (period_id, name)
);
CREATE INDEX cluster_period_idx ON cluster (period_id);

CREATE TABLE cluster_member (
    cluster_id uuid       NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    unit_id    uuid       NOT NULL REFERENCES unit (id),
    role       varchar(8) NOT NULL,
    PRIMARY KEY (cluster_id, unit_id),
    CONSTRAINT cluster_member_role CHECK (role IN ('HEAD', 'DEPUTY', 'MEMBER'))
);
CREATE UNIQUE INDEX cluster_one_head ON cluster_member (cluster_id) WHERE role = 'HEAD';
CREATE INDEX cluster_member_unit_idx ON cluster_member (unit_id);
