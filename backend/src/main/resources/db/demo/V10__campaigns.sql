-- Demo campaigns, registrations, reports and a covenant (ids 00000000-0000-4000-8000-0000001xxxxx).
-- The 2026 sector campaign is under way for Cụm III; a second one waits in DRAFT for the secretariat to launch.

CREATE OR REPLACE FUNCTION pg_temp.cid(n integer) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;

INSERT INTO campaign (id, title, slogan, type, scope, launching_unit_id, period_id, start_date, end_date,
                      registration_deadline, interim_report_due, final_report_due, target_selector, target_cluster_id,
                      status, launched_at) VALUES
    (pg_temp.cid(110001), 'Toàn ngành Tư pháp ra sức thi đua về đích sớm các chỉ tiêu, nhiệm vụ năm 2026',
        'Kỷ cương, trách nhiệm, hành động, sáng tạo, hiệu quả', 'REGULAR', 'SECTOR',
        '00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000009026',
        '2026-01-15', '2026-12-31', '2026-12-15', '2026-07-15', '2026-12-20', 'CLUSTER',
        '00000000-0000-4000-8000-000000008026', 'IN_PROGRESS', '2026-01-15 09:00:00+07'),
    (pg_temp.cid(110002), 'Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới giai đoạn 2026–2027',
        'Pháp luật về cơ sở', 'THEMATIC', 'SECTOR',
        '00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000009026',
        '2026-01-01', '2027-12-31', NULL, '2027-01-15', '2027-12-15', 'CLUSTER',
        '00000000-0000-4000-8000-000000008026', 'DRAFT', NULL);

INSERT INTO campaign_target_unit (campaign_id, unit_id)
SELECT c.id, m.unit_id FROM campaign c JOIN cluster_member m ON m.cluster_id = c.target_cluster_id
WHERE c.id IN (pg_temp.cid(110001), pg_temp.cid(110002));

INSERT INTO campaign_goal (campaign_id, position, text, quantity, measure) VALUES
    (pg_temp.cid(110001), 0, 'Cán bộ, công chức, viên chức đăng ký thi đua', 100, '%'),
    (pg_temp.cid(110001), 1, 'Hoàn thành các nhiệm vụ trọng tâm trước ngày 15/12/2026', NULL, NULL),
    (pg_temp.cid(110001), 2, 'Mỗi đơn vị có ít nhất một mô hình, sáng kiến được nhân rộng', 1, 'sáng kiến'),
    (pg_temp.cid(110002), 0, 'Xã đạt chuẩn tiếp cận pháp luật', 80, '%');

INSERT INTO campaign_document (id, campaign_id, title, url, added_by) VALUES
    (pg_temp.cid(110401), pg_temp.cid(110001), 'Kế hoạch tổ chức phong trào thi đua năm 2026 (liên kết)',
        'https://moj.gov.vn/qt/tintuc/Pages/thi-dua-khen-thuong.aspx', 'secretariat');

-- Registrations: Cục ĐKGDBĐ&BTNN (head of the cluster) registered early and was approved; Cục HCTP has one
-- returned and one submitted; Cục PBGDPL&TGPL has only drafts; the others have not moved.
INSERT INTO registration (id, campaign_id, unit_id, person_id, award_type_id, commitments, status, return_reason,
                          created_by, submitted_at, decided_at) VALUES
    (pg_temp.cid(110101), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000202', NULL,
        '00000000-0000-4000-8000-000000100006', 'Hoàn thành xuất sắc nhiệm vụ; 100% công chức hoàn thành nhiệm vụ',
        'APPROVED', NULL, 'demo', '2026-02-20 10:00:00+07', '2026-03-02 15:00:00+07'),
    (pg_temp.cid(110102), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000202', NULL,
        '00000000-0000-4000-8000-000000100007', 'Dẫn đầu Cụm thi đua số III', 'SUBMITTED', NULL, 'demo', '2026-02-20 10:05:00+07', NULL),
    (pg_temp.cid(110103), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000202',
        (SELECT id FROM person WHERE unit_id = '00000000-0000-4000-8000-000000000202' ORDER BY id LIMIT 1),
        '00000000-0000-4000-8000-000000100002', 'Có sáng kiến cấp cơ sở', 'APPROVED', NULL, 'demo',
        '2026-02-20 10:10:00+07', '2026-03-02 15:05:00+07'),
    (pg_temp.cid(110104), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000203', NULL,
        '00000000-0000-4000-8000-000000100005', 'Ít nhất 70% công chức đạt LĐTT', 'SUBMITTED', NULL, 'demo', '2026-03-01 09:00:00+07', NULL),
    (pg_temp.cid(110105), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000203',
        (SELECT id FROM person WHERE unit_id = '00000000-0000-4000-8000-000000000203' ORDER BY id LIMIT 1),
        '00000000-0000-4000-8000-000000100003', 'Sáng kiến phạm vi toàn ngành', 'RETURNED',
        'Chưa đủ 3 năm liên tục đạt CSTĐCS; đề nghị đăng ký CSTĐCS', 'demo', '2026-03-01 09:05:00+07', '2026-03-05 14:00:00+07'),
    (pg_temp.cid(110106), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000201',
        '00000000-0000-4000-8000-000000007001', '00000000-0000-4000-8000-000000100002',
        'HTXSNV và có sáng kiến cấp cơ sở', 'DRAFT', NULL, 'unit-officer', NULL, NULL);

INSERT INTO campaign_report (id, campaign_id, unit_id, stage, summary, submitted_by, submitted_at) VALUES
    (pg_temp.cid(110201), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000202', 'INTERIM',
        'Đã phát động tại đơn vị; 100% công chức đăng ký; hoàn thành 5/8 chỉ tiêu 6 tháng đầu năm.', 'demo', '2026-07-10 16:00:00+07'),
    (pg_temp.cid(110202), pg_temp.cid(110001), '00000000-0000-4000-8000-000000000203', 'INTERIM',
        'Đã tổ chức sơ kết; 2 mô hình mới được đăng ký.', 'demo', '2026-07-14 11:00:00+07');

INSERT INTO covenant (id, cluster_id, campaign_id, title, signed_on, conference) VALUES
    (pg_temp.cid(110301), '00000000-0000-4000-8000-000000008026', pg_temp.cid(110001),
        'Giao ước thi đua năm 2026 – Cụm thi đua số III khối các đơn vị thuộc Bộ', '2026-03-10',
        'Hội nghị phát động phong trào thi đua và ký kết giao ước thi đua Cụm III năm 2026');
INSERT INTO covenant_member (covenant_id, unit_id)
SELECT pg_temp.cid(110301), unit_id FROM cluster_member WHERE cluster_id = '00000000-0000-4000-8000-000000008026';
INSERT INTO covenant_goal (covenant_id, position, text, quantity, measure) VALUES
    (pg_temp.cid(110301), 0, 'Hoàn thành 100% nhiệm vụ được giao trong Chương trình công tác năm', 100, '%'),
    (pg_temp.cid(110301), 1, 'Không có công chức bị kỷ luật', 0, 'người'),
    (pg_temp.cid(110301), 2, 'Mỗi đơn vị có ít nhất 01 sáng kiến được công nhận', 1, 'sáng kiến');
