-- Encrypted ballots (issue 16, docs/ballot-crypto.md): the server never holds a plaintext ballot.
-- A session opts in; its ballots are ElGamal ciphertexts with proofs, stored with their tracker and nothing else
-- (no voter, no time). The tally keeps the summed ciphertexts and partial decryptions; the bulletin is the
-- published JSON, kept as the exact bytes every download returns.
ALTER TABLE voting_session ADD COLUMN encrypted boolean NOT NULL DEFAULT false;
ALTER TABLE voting_session ADD COLUMN encrypted_tally jsonb;
ALTER TABLE voting_session ADD COLUMN bulletin bytea;
ALTER TABLE voting_session ADD COLUMN bulletin_sha256 varchar(64);
ALTER TABLE voting_session ADD CONSTRAINT voting_session_encrypted_electronic_secret
    CHECK (NOT encrypted OR (mode = 'ELECTRONIC' AND secret));

CREATE TABLE vote_encrypted_ballot (
    id         uuid        PRIMARY KEY,
    session_id uuid        NOT NULL REFERENCES voting_session (id),
    round      integer     NOT NULL,
    tracker    varchar(64) NOT NULL,
    ballot     text        NOT NULL,
    UNIQUE (session_id, round, tracker)
);
