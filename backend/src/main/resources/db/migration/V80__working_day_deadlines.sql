-- Issue 19: deadlines in working days (common/time/WorkingDays over the holiday calendar of V79).

-- The day the secretariat received the complete dossier (RECEIVE): the appraisal time runs from it.
ALTER TABLE nomination ADD COLUMN received_on date;
-- Dossiers received before this migration: the day of their "receive" transition in the audit trail, Vietnamese time.
UPDATE nomination n SET received_on = r.day
FROM (SELECT entity_id, max((occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS day
      FROM audit_event WHERE entity_type = 'Nomination' AND action = 'receive' GROUP BY entity_id) r
WHERE r.entity_id = n.id;

-- The time limits, as dated rule parameters. Neither figure is confirmed for the Ministry of Justice itself:
-- 25 working days from a complete dossier is the appraisal time of the ministry-level commendation procedure as
-- published by a peer ministry (MCST, the research's S26); 5 working days is the public-comment window the Ministry
-- used under Decree 91/2017 (Art. 45 cl. 10, superseded; research S61, S83). Both are editable defaults.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note) VALUES
    ('00000000-0000-4000-8000-000000800001', 'R-DEADLINE-APPRAISAL', 'workingDays', 'INTEGER', '25',
        'Thời hạn thẩm định hồ sơ đề nghị khen thưởng cấp Bộ (ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ)',
        '2018-01-01', NULL, 'Thủ tục hành chính khen thưởng cấp Bộ (công bố của Bộ Văn hoá, Thể thao và Du lịch — tham khảo)', NULL, false,
        'Diễn giải: thời hạn của Bộ Tư pháp chưa xác minh; lấy theo thủ tục tương tự của Bộ VHTTDL.'),
    ('00000000-0000-4000-8000-000000800002', 'R-DEADLINE-COMMENT', 'workingDays', 'INTEGER', '5',
        'Thời gian lấy ý kiến nhân dân về danh sách đề nghị khen thưởng cấp Nhà nước (ngày làm việc, kể từ ngày đăng)',
        '2018-01-01', NULL, 'Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)', 'Khoản 10 Điều 45', false,
        'Quy định theo Nghị định 98/2023 và 152/2025 chưa xác minh; giữ mốc 5 ngày làm việc Bộ đã áp dụng.');
