-- The counting board (Ban kiểm phiếu) of an encrypted session (issue 16, docs/ballot-crypto.md): the members the
-- session's runner appoints while it is a draft, by user name. Each member posts a public key share with its
-- Schnorr proof from their own browser (the private share never reaches the server), and after the close the
-- partial decryptions of the round's summed ciphertexts with their Chaum–Pedersen proofs. No time, no ballot.
CREATE TABLE vote_board_member (
    id          uuid         PRIMARY KEY,
    session_id  uuid         NOT NULL REFERENCES voting_session (id),
    position    integer      NOT NULL,
    username    varchar(100) NOT NULL,
    label       varchar(300) NOT NULL,
    public_key  varchar(80),
    key_proof   jsonb,
    decryptions jsonb,
    UNIQUE (session_id, username),
    UNIQUE (session_id, position),
    CHECK ((public_key IS NULL) = (key_proof IS NULL)),
    CHECK (decryptions IS NULL OR public_key IS NOT NULL)
);
