-- Issue 17: from when a dossier's tờ trình must carry a valid digital signature (R-EVIDENCE uses it). A dated
-- parameter, like every rule the law may move: false before, true from the start date.
-- Source: Nghị định 30/2020/NĐ-CP (công tác văn thư: an electronic document is valid when it carries the digital
-- signature of the competent person, Điều 8 and Phụ lục I) and Nghị định 68/2024/NĐ-CP (chữ ký số chuyên dùng công vụ).
-- Neither decree names the tờ trình of a commendation dossier nor a date: requiring it from 01/01/2025 (the 2025
-- emulation year's dossiers onward) is THIS PROJECT'S INTERPRETATION, not verified — the secretariat confirms or moves
-- the date through the rule catalogue (a new version), never by editing this file.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note) VALUES
    ('00000000-0000-4000-8000-000000100171', 'R-EVIDENCE-SIGNED', 'TO_TRINH', 'BOOLEAN', 'false',
        'Tờ trình của hồ sơ đề nghị khen thưởng phải có chữ ký số hợp lệ',
        '2020-03-05', '2024-12-31', 'Nghị định 30/2020/NĐ-CP', 'Điều 8, Phụ lục I (văn bản điện tử ký số)', false,
        'Cách hiểu của ThiĐua (chưa xác minh): trước năm thi đua 2025, tờ trình giấy hoặc bản quét vẫn được chấp nhận.'),
    ('00000000-0000-4000-8000-000000100172', 'R-EVIDENCE-SIGNED', 'TO_TRINH', 'BOOLEAN', 'true',
        'Tờ trình của hồ sơ đề nghị khen thưởng phải có chữ ký số hợp lệ',
        '2025-01-01', NULL, 'Nghị định 30/2020/NĐ-CP; Nghị định 68/2024/NĐ-CP', 'Điều 8, Phụ lục I NĐ 30/2020; chữ ký số chuyên dùng công vụ (NĐ 68/2024)', false,
        'Cách hiểu của ThiĐua (chưa xác minh): từ năm thi đua 2025 tờ trình phải được ký số; ngày bắt đầu do Ban Thi đua - Khen thưởng xác nhận.');
