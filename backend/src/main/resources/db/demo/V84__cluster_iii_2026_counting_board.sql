-- The counting board (Ban kiểm phiếu) of the 2026 Cụm III suy tôn draft (demo id 120003, encrypted since V56;
-- docs/ballot-crypto.md): three unit officers of Cụm III units in the Keycloak demo realm
-- (deploy/keycloak/thidua-realm.json), none of them a voter or a runner of the session, and none named after a role
-- (the access-matrix tokens are named after their roles and must not sit on this board). Each creates a key share on the session's counting board page before the
-- cluster lead can open it, and posts a partial decryption after the close. No key is seeded: the shares are made
-- in the members' browsers. The members and their labels are a demo assumption.
INSERT INTO vote_board_member (id, session_id, position, username, label) VALUES
    ('00000000-0000-4000-8000-000000120301', '00000000-0000-4000-8000-000000120003', 0, 'officer.hctp',
     'Bùi Thị Lan (Cục Hành chính tư pháp)'),
    ('00000000-0000-4000-8000-000000120302', '00000000-0000-4000-8000-000000120003', 1, 'officer.pbgd',
     'Dương Văn Nam (Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý)'),
    ('00000000-0000-4000-8000-000000120303', '00000000-0000-4000-8000-000000120003', 2, 'officer.dkgd',
     'Ngô Thị Mai (Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước)');

-- The same cluster's draft for the Cờ thi đua của Chính phủ 2026 (as in 2019, the second election of the
-- conference): encrypted with the server as the only key holder (no board), for the plain voting journey.
INSERT INTO voting_session (id, purpose, title, cluster_id, period_id, award_type_id, session_date, place, round, mode, status,
        quorum, threshold, base, seats, max_choices, self_vote_allowed, abstain_allowed, secret, encrypted, candidates,
        electorate, present, created_by)
SELECT '00000000-0000-4000-8000-000000120004', purpose,
       'Bỏ phiếu suy tôn đơn vị đề nghị tặng Cờ thi đua của Chính phủ năm 2026', cluster_id, period_id,
       '00000000-0000-4000-8000-000000100008', session_date, place, round, mode, status, quorum, threshold, base, seats,
       max_choices, self_vote_allowed, abstain_allowed, secret, true, candidates, electorate, present, created_by
FROM voting_session WHERE id = '00000000-0000-4000-8000-000000120003';
