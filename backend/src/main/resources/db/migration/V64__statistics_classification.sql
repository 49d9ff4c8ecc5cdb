-- Classification the statistics forms of Thông tư 02/2023/TT-BNV need (docs/statistics.md).
-- NULL means "not recorded": the report derives a value from the record where it can (campaign scope, award type
-- kind) and lists the rest as "chưa phân loại" for an officer to fix.

-- Biểu 0601.N: the level that launched the campaign (columns 2–4) and its organising scope (rows 02–05).
ALTER TABLE campaign ADD COLUMN launch_level varchar(12);
ALTER TABLE campaign ADD CONSTRAINT campaign_launch_level CHECK (launch_level IN ('CENTRAL', 'MINISTRY', 'AGENCY'));
ALTER TABLE campaign ADD COLUMN organising_scope varchar(12);
ALTER TABLE campaign ADD CONSTRAINT campaign_organising_scope
    CHECK (organising_scope IN ('NATIONWIDE', 'SECTOR', 'CLUSTER', 'AGENCY'));

-- Biểu 0602.N rows 15–21 / 0603.N rows 11–17: phương thức khen thưởng.
ALTER TABLE award ADD COLUMN award_method varchar(12);
ALTER TABLE award ADD CONSTRAINT award_method
    CHECK (award_method IN ('REGULAR', 'THEMATIC', 'AD_HOC', 'FOREIGN', 'CONTRIBUTION', 'SENIORITY', 'RESISTANCE'));

CREATE INDEX award_year_idx ON award (year) WHERE revoked_at IS NULL;
