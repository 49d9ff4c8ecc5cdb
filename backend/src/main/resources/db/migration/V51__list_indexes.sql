-- Indexes behind the default sort of the paged lists (found by bench/: at 150,000 people a page sorted the whole
-- table each time). Each matches ORDER BY <default sort>, id — the tie-breaker ListQuery always adds.
CREATE INDEX person_full_name_idx ON person (full_name, id);
CREATE INDEX unit_name_idx ON unit (name, id);
CREATE INDEX nomination_created_idx ON nomination (created_at DESC, id);
