-- R-BK-TTG-TT (issue 19): the due-list of units for a Bằng khen của Thủ tướng Chính phủ on their record — N consecutive
-- years completing tasks excellently (read from the ledger as Tập thể lao động xuất sắc) up to the proposal year, with
-- F Cờ thi đua of the ministry or C Bằng khen of the Minister within them. Our reading of Luật Thi đua, khen thưởng
-- 06/2022/QH15 Điều 73 khoản 2; shared/domain-research.md records only clause 1 point b (individuals), so the
-- collective clause and its figures are UNVERIFIED (last verified on 03/12/2026), editable by the secretariat.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note) VALUES
    ('00000000-0000-4000-8000-000000196001', 'R-BK-TTG-TT', 'consecutiveYears', 'INTEGER', '5',
        'Số năm liên tục (tính đến năm đề nghị) tập thể hoàn thành xuất sắc nhiệm vụ (đạt Tập thể lao động xuất sắc) để xét Bằng khen của Thủ tướng Chính phủ',
        '2024-01-01', NULL, 'Luật Thi đua, khen thưởng 06/2022/QH15', 'Khoản 2 Điều 73', false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026): nghiên cứu chưa đọc khoản 2 Điều 73; đối chiếu nguyên văn và sửa nếu khác.'),
    ('00000000-0000-4000-8000-000000196002', 'R-BK-TTG-TT', 'flagsWithin', 'INTEGER', '1',
        'Số lần được tặng Cờ thi đua ngành Tư pháp trong thời gian đó (hoặc đủ số Bằng khen của Bộ trưởng)',
        '2024-01-01', NULL, 'Luật Thi đua, khen thưởng 06/2022/QH15', 'Khoản 2 Điều 73', false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026).'),
    ('00000000-0000-4000-8000-000000196003', 'R-BK-TTG-TT', 'certificatesWithin', 'INTEGER', '2',
        'Số lần được tặng Bằng khen của Bộ trưởng Bộ Tư pháp trong thời gian đó (nếu chưa đủ số Cờ thi đua)',
        '2024-01-01', NULL, 'Luật Thi đua, khen thưởng 06/2022/QH15', 'Khoản 2 Điều 73', false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026).');
