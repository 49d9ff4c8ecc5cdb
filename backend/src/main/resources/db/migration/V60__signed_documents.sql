-- Issue 17: signed documents. What ThiĐua produced (by content hash, so a signed upload can be matched to the
-- exact file it generated) and what came back signed, with the signer and DSS's verdict. Never updated or deleted.
CREATE TABLE produced_document (
    id          uuid PRIMARY KEY,
    object_type varchar(40)  NOT NULL,
    object_id   uuid         NOT NULL,
    kind        varchar(40)  NOT NULL,
    sha256      varchar(64)     NOT NULL,
    size_bytes  bigint       NOT NULL,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT produced_document_once UNIQUE (object_type, object_id, kind, sha256)
);

CREATE TABLE signed_document (
    id                  uuid PRIMARY KEY,
    object_type         varchar(40)   NOT NULL,
    object_id           uuid          NOT NULL,
    kind                varchar(40)   NOT NULL,
    file_name           varchar(200)  NOT NULL,
    content             bytea         NOT NULL,
    sha256              varchar(64)      NOT NULL,
    size_bytes          bigint        NOT NULL,
    produced_sha256     varchar(64)      NOT NULL,
    signatures          int           NOT NULL CHECK (signatures > 0),
    signer_name         varchar(400)  NOT NULL,
    signer_organisation varchar(400),
    signer_serial       varchar(200)  NOT NULL,
    signer_issuer       varchar(1000) NOT NULL,
    signing_time        timestamptz,
    indication          varchar(40)   NOT NULL,
    sub_indication      varchar(80),
    created_by          varchar(200)  NOT NULL,
    created_at          timestamptz   NOT NULL
);
CREATE INDEX signed_document_object ON signed_document (object_type, object_id, created_at);
