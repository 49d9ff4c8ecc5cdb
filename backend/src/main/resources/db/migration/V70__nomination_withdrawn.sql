-- Issue 19: a unit may withdraw its dossier before the council votes (with a reason, in the history), and the
-- secretariat may discard a draft left for a period that has ended. Withdrawn dossiers count for no quota.
ALTER TABLE nomination DROP CONSTRAINT nomination_status;
ALTER TABLE nomination ADD CONSTRAINT nomination_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RECEIVED', 'APPRAISING', 'RETURNED',
    'ON_AGENDA', 'PUBLIC_COMMENT', 'COUNCIL_VOTED', 'APPROVED', 'REJECTED', 'DECIDED', 'REVOKED', 'WITHDRAWN'));
