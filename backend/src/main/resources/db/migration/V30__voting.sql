-- Voting: sessions (cluster suy tôn or council review) with frozen rules, candidates and electorate;
-- participation (who voted) and ballots (what was voted) kept apart with nothing that links them.

CREATE TABLE voting_session (
    id                uuid PRIMARY KEY,
    purpose           varchar(20)  NOT NULL,
    title             varchar(300) NOT NULL,
    cluster_id        uuid REFERENCES cluster (id),
    period_id         uuid REFERENCES emulation_period (id),
    award_type_id     uuid REFERENCES award_type (id),
    session_date      date         NOT NULL,
    place             varchar(200),
    round             integer      NOT NULL DEFAULT 1,
    previous_round_id uuid REFERENCES voting_session (id),
    mode              varchar(16)  NOT NULL,
    status            varchar(16)  NOT NULL,
    quorum            varchar(32)  NOT NULL,
    threshold         varchar(32)  NOT NULL,
    base              varchar(16)  NOT NULL,
    seats             integer      NOT NULL,
    max_choices       integer      NOT NULL,
    self_vote_allowed boolean      NOT NULL,
    abstain_allowed   boolean      NOT NULL,
    secret            boolean      NOT NULL,
    candidates        jsonb        NOT NULL DEFAULT '[]',
    electorate        jsonb        NOT NULL DEFAULT '[]',
    present           jsonb        NOT NULL DEFAULT '[]',
    paper             jsonb,
    result            jsonb,
    opened_at         timestamptz,
    closed_at         timestamptz,
    tallied_at        timestamptz,
    published_at      timestamptz,
    created_by        varchar(100) NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT voting_session_purpose CHECK (purpose IN ('CLUSTER_ELECTION', 'COUNCIL_REVIEW')),
    CONSTRAINT voting_session_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'TALLIED', 'PUBLISHED')),
    CONSTRAINT voting_session_mode CHECK (mode IN ('ELECTRONIC', 'PAPER')),
    CONSTRAINT voting_session_base CHECK (base IN ('ALL_MEMBERS', 'PRESENT', 'VOTES_CAST')),
    CONSTRAINT voting_session_seats CHECK (seats >= 1 AND max_choices >= 1),
    CONSTRAINT voting_session_round CHECK (round >= 1),
    CONSTRAINT voting_session_cluster CHECK (purpose <> 'CLUSTER_ELECTION' OR cluster_id IS NOT NULL)
);
CREATE INDEX voting_session_cluster_idx ON voting_session (cluster_id);

-- Who voted: one row per voter and round, enforced here. No time, no ballot reference.
CREATE TABLE vote_participation (
    session_id uuid         NOT NULL REFERENCES voting_session (id),
    round      integer      NOT NULL,
    voter_key  varchar(100) NOT NULL,
    CONSTRAINT vote_participation_once PRIMARY KEY (session_id, round, voter_key)
);

-- What was voted: random ids, no voter (except named sessions), no time. Re-written in random order at close.
CREATE TABLE vote_ballot (
    id           uuid         PRIMARY KEY,
    session_id   uuid         NOT NULL REFERENCES voting_session (id),
    round        integer      NOT NULL,
    receipt_code varchar(16)  NOT NULL,
    choices      jsonb        NOT NULL,
    named_voter  varchar(100),
    CONSTRAINT vote_ballot_receipt_unique UNIQUE (session_id, round, receipt_code)
);
