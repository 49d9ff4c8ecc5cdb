-- R-BK-TTG(b) as dated rule parameters like the other rules (they were fixed in code): a Bằng khen của Thủ tướng
-- under point b needs, after a ministry Certificate of Merit, N consecutive years rated HTTNV or better up to the
-- proposal with CSTĐCS M times in that period. Law 06/2022/QH15 Art. 73 cl. 1 point b, in force from 01/01/2024.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note) VALUES
    ('00000000-0000-4000-8000-000000100143', 'R-BK-TTG(b)', 'consecutiveYears', 'INTEGER', '5',
        'Số năm liên tục (tính đến thời điểm đề nghị) hoàn thành tốt nhiệm vụ trở lên để xét Bằng khen của Thủ tướng Chính phủ',
        '2024-01-01', NULL, 'Luật Thi đua, khen thưởng 06/2022/QH15', 'Điểm b khoản 1 Điều 73', true, NULL),
    ('00000000-0000-4000-8000-000000100144', 'R-BK-TTG(b)', 'cstdcsWithin', 'INTEGER', '3',
        'Số lần đạt Chiến sĩ thi đua cơ sở trong thời gian đó',
        '2024-01-01', NULL, 'Luật Thi đua, khen thưởng 06/2022/QH15', 'Điểm b khoản 1 Điều 73', true, NULL);
