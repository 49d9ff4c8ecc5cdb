-- Audit trail: every state change of every capability, written in the same transaction as the change.
CREATE TABLE audit_event (
    id          bigserial PRIMARY KEY,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(200) NOT NULL,
    actor_unit  uuid,
    entity_type varchar(60)  NOT NULL,
    entity_id   uuid         NOT NULL,
    action      varchar(60)  NOT NULL,
    from_state  varchar(40),
    to_state    varchar(40),
    reason      text,
    detail      jsonb
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, id);
