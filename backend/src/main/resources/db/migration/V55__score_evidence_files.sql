-- Score-sheet evidence as a stored file (a scan, a PDF) beside evidence by link. The entry's evidence list (jsonb)
-- names the file by id; the bytes live here, checked by the same upload rules as dossier documents.
CREATE TABLE score_evidence_file (
    id             uuid PRIMARY KEY,
    sheet_id       uuid         NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    criterion_code varchar(50)  NOT NULL,
    file_name      varchar(255) NOT NULL,
    content_type   varchar(120) NOT NULL,
    size_bytes     bigint       NOT NULL,
    content        bytea        NOT NULL,
    added_by       varchar(120) NOT NULL,
    added_at       timestamptz  NOT NULL
);
CREATE INDEX score_evidence_file_sheet ON score_evidence_file (sheet_id, criterion_code);
