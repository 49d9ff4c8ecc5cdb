-- Issue 19: an emulation period may start in October (the 2012 sector conference asked for it). One demo period from
-- 1 October 2027 to 30 September 2028, after the calendar-year 2026 period (periods may not overlap); its awards go to
-- ledger year 2028, the year it ends in (org.PeriodYears). A demo assumption: no unit has switched yet.
INSERT INTO emulation_period (id, label, start_date, end_date) VALUES
    ('00000000-0000-4000-8000-000000009128', '2027–2028 (tháng 10 – tháng 9)', '2027-10-01', '2028-09-30');
