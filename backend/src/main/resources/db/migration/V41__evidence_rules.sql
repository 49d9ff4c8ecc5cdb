-- R-STATE-PER-YEAR as a dated rule (shared/domain-research.md §4 and §10, [S78]): "no more than one State-level award
-- per year for the same subject, except for exceptional achievements" — VERIFIED in TT 08/2017/TT-BNV, which is
-- superseded. The research says it was replaced by the 2022 framework (Law 06/2022/QH15 and Decree 98/2023, both in
-- force from 01/01/2024) but does not give TT 08/2017's own dates: the start date follows V10's 2017 regime
-- (Decree 91/2017) and the end is the day before Law 2022 took effect. Carry-over into the current rules is UNVERIFIED,
-- so from 2024 the rule is off (an open version with value false) until the secretariat verifies otherwise.
-- R-EVIDENCE and the R-ONE-ACHIEVEMENT form extension need no parameter.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note) VALUES
    ('00000000-0000-4000-8000-000000100141', 'R-STATE-PER-YEAR', 'applies', 'BOOLEAN', 'true',
        'Mỗi năm không quá một hình thức khen thưởng cấp Nhà nước cho một đối tượng (trừ thành tích đặc biệt xuất sắc)',
        '2017-07-31', '2023-12-31', 'Thông tư 08/2017/TT-BNV', 'Nguyên tắc khen thưởng', true,
        'Đã hết hiệu lực [S78]. Ngày bắt đầu theo chế độ 2017 (Nghị định 91/2017); ngày hiệu lực riêng của TT 08/2017 chưa có trong nghiên cứu.'),
    ('00000000-0000-4000-8000-000000100142', 'R-STATE-PER-YEAR', 'applies', 'BOOLEAN', 'false',
        'Mỗi năm không quá một hình thức khen thưởng cấp Nhà nước cho một đối tượng (trừ thành tích đặc biệt xuất sắc)',
        '2024-01-01', NULL, 'Luật Thi đua, khen thưởng 06/2022/QH15', 'Điều 94 (hiệu lực 01/01/2024)', false,
        'CHƯA XÁC MINH: quy định cũ có còn áp dụng theo Luật 2022 / Nghị định 98/2023 không. Tắt cho đến khi xác minh.');
