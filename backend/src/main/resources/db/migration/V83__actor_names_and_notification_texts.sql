-- Histories show who acted by name and role ("Nguyễn Văn An, Thủ trưởng đơn vị"), not by login name. The name and
-- the realm roles are taken from the actor's token when the event is written; older events have none (the SPA then
-- shows the login name). They are not part of the hash chain (audit_event_digest lists its fields): they describe
-- the actor, who is already chained by login name.
ALTER TABLE audit_event ADD COLUMN actor_name varchar(200);
ALTER TABLE audit_event ADD COLUMN actor_roles varchar(200);

-- A notice is shown in the reader's language: its catalogue key (i18n/problems*.properties) and the values it names
-- are kept beside the Vietnamese text written at the time (which older notices keep as their only text).
ALTER TABLE notification ADD COLUMN message_key varchar(100);
ALTER TABLE notification ADD COLUMN message_args text;
