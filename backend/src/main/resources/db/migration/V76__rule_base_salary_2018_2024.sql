-- Back-dated versions of the base salary (R-REWARD / baseAmount) a 2019–2023 replay needs for reward amounts
-- (issue 18). shared/domain-research.md names the base salary as the unit of reward amounts (§ glossary, [S31]) but
-- does not record its past levels, so every value here is UNVERIFIED against the research (verified = false), with
-- the decree it is commonly attributed to; last verified on 03/12/2026 (not confirmed in the research).
-- Not 1.600.000 đồng: that level, planned for 01/07/2020, was postponed and never took effect (Nghị quyết
-- 128/2020/QH14, also UNVERIFIED in the research). The open version from 01/07/2024 (2.340.000, V40) is unchanged.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note, reason) VALUES
    ('00000000-0000-4000-8000-000000100145', 'R-REWARD', 'baseAmount', 'INTEGER', '1390000',
        'Mức lương cơ sở (đồng) làm căn cứ tính tiền thưởng theo hệ số', '2018-07-01', '2019-06-30',
        'Nghị định 72/2018/NĐ-CP', 'Điều 3', false,
        'CHƯA XÁC MINH trong nghiên cứu (kiểm tra lần cuối 03/12/2026): 1.390.000 đồng từ 01/07/2018.',
        'Giá trị lịch sử để tính lại tiền thưởng các năm 2018–2019 (issue 18).'),
    ('00000000-0000-4000-8000-000000100146', 'R-REWARD', 'baseAmount', 'INTEGER', '1490000',
        'Mức lương cơ sở (đồng) làm căn cứ tính tiền thưởng theo hệ số', '2019-07-01', '2023-06-30',
        'Nghị định 38/2019/NĐ-CP', 'Điều 3', false,
        'CHƯA XÁC MINH trong nghiên cứu (kiểm tra lần cuối 03/12/2026): 1.490.000 đồng từ 01/07/2019, giữ nguyên đến 30/06/2023 vì mức 1.600.000 dự kiến từ 01/07/2020 đã lùi thời điểm áp dụng.',
        'Giá trị lịch sử để tính lại tiền thưởng các năm 2019–2023 (issue 18).'),
    ('00000000-0000-4000-8000-000000100147', 'R-REWARD', 'baseAmount', 'INTEGER', '1800000',
        'Mức lương cơ sở (đồng) làm căn cứ tính tiền thưởng theo hệ số', '2023-07-01', '2024-06-30',
        'Nghị định 24/2023/NĐ-CP', 'Điều 3', false,
        'CHƯA XÁC MINH trong nghiên cứu (kiểm tra lần cuối 03/12/2026): 1.800.000 đồng từ 01/07/2023.',
        'Giá trị lịch sử để tính lại tiền thưởng năm 2023–2024 (issue 18).');
