-- A person holds one assignment at a time: their assignments' date ranges never overlap. PersonService already
-- ends the current assignment the day before a transfer starts; the database now refuses an overlap too, and the
-- reports rely on it to join the assignment valid on a decision date without a per-row subquery.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE person_assignment ADD CONSTRAINT person_assignment_no_overlap
    EXCLUDE USING gist (person_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&);
