-- A rule parameter version recorded afterwards for a past date range (issue 18, "the past under its own law")
-- carries why it was recorded; its source is the version's legal_instrument and legal_article (both required then).
ALTER TABLE rule_parameter ADD COLUMN reason varchar(2000);
