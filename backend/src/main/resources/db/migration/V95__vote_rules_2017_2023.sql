-- The vote rules in force before the 2022 Law (issue 18): a cluster election or council vote of 2017–2023 entered as
-- history is set up from these rows (the session date picks them) instead of failing for want of a rule parameter.
-- The law then in force: Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013), Nghị định 91/2017/NĐ-CP
-- (hiệu lực 31/07/2017, thay bởi Nghị định 98/2023/NĐ-CP từ 01/01/2024).
-- * Council (R-COUNCIL-VOTE): threshold 90% of all members by secret ballot, absentees in writing — VERIFIED
--   (Nghị định 91/2017 Điều 45 khoản 8, domain-research [S63]); already seeded by V10 for 2017-07-31..2023-12-31.
--   Its quorum then is UNVERIFIED: 2/3 carried back from the 2024 row (absentees voted in writing, so the
--   threshold on all members decides).
-- * Cluster suy tôn (R-CO-NGANH): the MOJ cluster regulation (QĐ 2267/QĐ-BTP năm 2016) was not readable; the
--   2024 defaults are carried back, UNVERIFIED (the court sector's 2/3 of units, TT 04/2016/TT-TANDTC, was in force
--   in 2019; the procuracy's 80%, TT 01/2019/TT-VKSTC, too). Last verified on 03/12/2026.
INSERT INTO rule_parameter (id, rule_id, key, value_type, value, description, effective_from, effective_to, legal_instrument, legal_article, verified, note, reason) VALUES
    ('00000000-0000-4000-8000-000000195001', 'R-CO-NGANH', 'voteThreshold', 'FRACTION', '2/3',
        'Tỷ lệ phiếu đồng ý tối thiểu khi Cụm suy tôn', '2017-07-31', '2023-12-31',
        'Quy chế Cụm thi đua (QĐ 2267/QĐ-BTP năm 2016, chưa đọc được); Nghị định 91/2017/NĐ-CP', NULL, false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026): giữ như mức từ 2024; ngành Tòa án (TT 04/2016/TT-TANDTC) dùng 2/3 số đơn vị, Viện kiểm sát (TT 01/2019/TT-VKSTC) dùng 80%.',
        'Quy định biểu quyết thời kỳ Nghị định 91/2017 để nhập lịch sử các năm 2017–2023 (issue 18).'),
    ('00000000-0000-4000-8000-000000195002', 'R-CO-NGANH', 'voteBase', 'TEXT', 'ALL_MEMBERS',
        'Mẫu số tính tỷ lệ: ALL_MEMBERS, PRESENT hoặc VOTES_CAST', '2017-07-31', '2023-12-31',
        'Quy chế Cụm thi đua (QĐ 2267/QĐ-BTP năm 2016, chưa đọc được)', NULL, false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026): giữ như mức từ 2024.',
        'Quy định biểu quyết thời kỳ Nghị định 91/2017 để nhập lịch sử các năm 2017–2023 (issue 18).'),
    ('00000000-0000-4000-8000-000000195003', 'R-CO-NGANH', 'voteQuorum', 'FRACTION', '2/3',
        'Tỷ lệ thành viên có mặt tối thiểu để hội nghị Cụm bỏ phiếu', '2017-07-31', '2023-12-31',
        'Quy chế Cụm thi đua (QĐ 2267/QĐ-BTP năm 2016, chưa đọc được)', NULL, false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026): giữ như mức từ 2024.',
        'Quy định biểu quyết thời kỳ Nghị định 91/2017 để nhập lịch sử các năm 2017–2023 (issue 18).'),
    ('00000000-0000-4000-8000-000000195004', 'R-CO-NGANH', 'selfVoteAllowed', 'BOOLEAN', 'false',
        'Đơn vị được đề cử có được bỏ phiếu cho chính mình', '2017-07-31', '2023-12-31',
        'Quy chế Cụm thi đua (QĐ 2267/QĐ-BTP năm 2016, chưa đọc được)', NULL, false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026): giữ như mức từ 2024.',
        'Quy định biểu quyết thời kỳ Nghị định 91/2017 để nhập lịch sử các năm 2017–2023 (issue 18).'),
    ('00000000-0000-4000-8000-000000195005', 'R-COUNCIL-VOTE', 'quorum', 'FRACTION', '2/3',
        'Tỷ lệ thành viên có mặt tối thiểu để Hội đồng họp', '2017-07-31', '2023-12-31',
        'Nghị định 91/2017/NĐ-CP', 'Điều 45 khoản 8', false,
        'CHƯA XÁC MINH (kiểm tra lần cuối 03/12/2026): Điều 45 khoản 8 tính 90% trên tổng số thành viên, người vắng mặt cho ý kiến bằng văn bản; mức có mặt 2/3 giữ như từ 2024.',
        'Quy định biểu quyết thời kỳ Nghị định 91/2017 để nhập lịch sử các năm 2017–2023 (issue 18).');
