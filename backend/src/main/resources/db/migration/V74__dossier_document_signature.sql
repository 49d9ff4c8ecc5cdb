-- Issue 17: the validation of a signed tờ trình (and any signed PDF) attached to a dossier, recorded at upload by
-- EU DSS against the configured trust list (docs/signatures.md). signature_status: UNSIGNED (a PDF without signature),
-- VALID, INVALID (intact but untrusted, revoked, expired or not passed: signature_reason is the catalogue key and
-- signature_reason_detail its second value); NULL for files that are not PDFs or were attached before this check.
-- A damaged signature (altered, appended after signing) or an unreadable/encrypted PDF is refused at upload, never stored.
ALTER TABLE nomination_document
    ADD COLUMN signature_status         varchar(10),
    ADD COLUMN signer_name              varchar(400),
    ADD COLUMN signer_organisation      varchar(400),
    ADD COLUMN signer_serial            varchar(200),
    ADD COLUMN signer_issuer            varchar(1000),
    ADD COLUMN signing_time             timestamptz,
    ADD COLUMN signature_indication     varchar(40),
    ADD COLUMN signature_sub_indication varchar(80),
    ADD COLUMN signature_reason         varchar(80),
    ADD COLUMN signature_reason_detail  varchar(1000),
    ADD CONSTRAINT nomination_document_signature_status CHECK (signature_status IN ('UNSIGNED', 'VALID', 'INVALID'));
