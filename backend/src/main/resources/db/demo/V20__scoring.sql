-- Demo scoring: the 2025 and 2026 criteria tables for units under the Ministry (modelled on the Ministry's
-- tables, domain-research §8: banded percentages, lateness bands, deductions, bonus points) and the score
-- sheets of the six members of Cụm III 2026 in various states. Sheet of Cục PBGDPL&TGPL (the demo
-- unit-officer's unit) is a draft with two criteria left, so a demo user can finish scoring it.

CREATE OR REPLACE FUNCTION pg_temp.uid(n integer) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;

CREATE TEMPORARY TABLE demo_sections (doc jsonb) ON COMMIT DROP;
INSERT INTO demo_sections VALUES ($json$[
 {"code":"A","title":"Thực hiện nhiệm vụ chuyên môn","maxPoints":60,"criteria":[
  {"code":"A.1","text":"Tỷ lệ hoàn thành nhiệm vụ theo Kế hoạch công tác năm được Bộ giao","maxPoints":30,"method":"BANDED",
   "bands":[{"from":0,"to":60,"points":0},{"from":60,"to":70,"points":8},{"from":70,"to":80,"points":15},
            {"from":80,"to":95,"points":22},{"from":95,"to":100,"points":27},{"from":100,"to":null,"points":30}],
   "guidance":"Số nhiệm vụ hoàn thành / số nhiệm vụ trong Kế hoạch (%). Minh chứng: báo cáo tổng kết năm."},
  {"code":"A.2","text":"Tỷ lệ đề án, dự thảo văn bản được thẩm định, góp ý đúng thời hạn","maxPoints":10,"method":"BANDED",
   "bands":[{"from":0,"to":60,"points":0},{"from":60,"to":70,"points":2.5},{"from":70,"to":80,"points":5},
            {"from":80,"to":95,"points":7.5},{"from":95,"to":100,"points":8.75},{"from":100,"to":null,"points":10}],
   "guidance":"Theo sổ theo dõi thẩm định: 100% → 10; 95–<100% → 8,75; 80–<95% → 7,5; 70–<80% → 5; 60–<70% → 2,5."},
  {"code":"A.3","text":"Tỷ lệ văn bản trao đổi qua trục liên thông văn bản quốc gia có ký số","maxPoints":5,"method":"BANDED",
   "bands":[{"from":0,"to":50,"points":0},{"from":50,"to":75,"points":2},{"from":75,"to":95,"points":3.5},{"from":95,"to":null,"points":5}]},
  {"code":"A.4","text":"Hoàn thành nhiệm vụ đột xuất do Lãnh đạo Bộ giao","maxPoints":10,"method":"MANUAL",
   "guidance":"Chấm theo mức độ hoàn thành, tối đa 10 điểm; nêu rõ nhiệm vụ trong phần ghi chú."},
  {"code":"A.5","text":"Chất lượng tham mưu xây dựng, hoàn thiện thể chế thuộc lĩnh vực quản lý","maxPoints":5,"method":"MANUAL"}]},
 {"code":"B","title":"Công tác báo cáo, hành chính và chuyển đổi số","maxPoints":20,"criteria":[
  {"code":"B.1","text":"Gửi báo cáo định kỳ đúng thời hạn","maxPoints":8,"method":"LATENESS_BANDED",
   "bands":[{"from":0,"to":1,"points":8},{"from":1,"to":3,"points":6},{"from":3,"to":6,"points":4},{"from":6,"to":11,"points":2},{"from":11,"to":null,"points":0}],
   "guidance":"Số ngày chậm nhiều nhất trong năm: đúng hạn → 8; chậm 1–2 ngày → 6; 3–5 ngày → 4; 6–10 ngày → 2; trên 10 ngày → 0."},
  {"code":"B.2","text":"Ban hành Kế hoạch công tác năm đúng thời hạn","maxPoints":4,"method":"BINARY"},
  {"code":"B.3","text":"Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, điều hành","maxPoints":8,"method":"MANUAL"}]},
 {"code":"C","title":"Công tác thi đua, khen thưởng và xây dựng đơn vị","maxPoints":20,"criteria":[
  {"code":"C.1","text":"Ban hành kế hoạch phát động phong trào thi đua và đăng ký thi đua đúng hạn","maxPoints":5,"method":"BINARY"},
  {"code":"C.2","text":"Tham gia đầy đủ hoạt động của Cụm thi đua","maxPoints":5,"method":"BINARY"},
  {"code":"C.3","text":"Công tác xây dựng Đảng, đoàn thể và văn hóa công sở","maxPoints":10,"method":"MANUAL"}]},
 {"code":"D","title":"Điểm trừ","maxPoints":0,"criteria":[
  {"code":"D.1","text":"Nhiệm vụ tồn đọng, chậm tiến độ so với Kế hoạch (mỗi nhiệm vụ trừ 2 điểm)","maxPoints":10,"method":"DEDUCTION","perEvent":2},
  {"code":"D.2","text":"Công chức, viên chức bị kỷ luật (mỗi trường hợp trừ 5 điểm)","maxPoints":10,"method":"DEDUCTION","perEvent":5}]},
 {"code":"E","title":"Điểm cộng","maxPoints":0,"criteria":[
  {"code":"E.1","text":"Mô hình hay, cách làm sáng tạo được Bộ ghi nhận (mỗi mô hình cộng 1 điểm)","maxPoints":5,"method":"BONUS","perEvent":1}]}
]$json$);

INSERT INTO scoring_template (id, period_id, target_group, version_no, name, status, total_points, requires_certification,
                              tie_break, sections, published_at)
SELECT t.id, t.period, 'MINISTRY_UNITS', 1, t.name, t.status, 100, false, '["SECTION:A","FEWER_DEDUCTIONS"]', d.doc, t.published
FROM demo_sections d,
     (VALUES (pg_temp.uid(200002), pg_temp.uid(9025), 'Bảng tiêu chí chấm điểm thi đua các đơn vị thuộc Bộ năm 2025', 'PUBLISHED', timestamptz '2025-01-15 08:00+07'),
             (pg_temp.uid(200001), pg_temp.uid(9026), 'Bảng tiêu chí chấm điểm thi đua các đơn vị thuộc Bộ năm 2026', 'PUBLISHED', timestamptz '2026-01-20 08:00+07'))
         AS t(id, period, name, status, published);

-- Sheets of Cụm III 2026: 202 (head) locked, 203 (deputy) and 204 verified, 108 submitted, 201 and 14 drafts.
INSERT INTO score_sheet (id, template_id, cluster_id, unit_id, status, version) VALUES
    (pg_temp.uid(200101), pg_temp.uid(200001), pg_temp.uid(8026), pg_temp.uid(202), 'LOCKED', 5),
    (pg_temp.uid(200102), pg_temp.uid(200001), pg_temp.uid(8026), pg_temp.uid(203), 'VERIFIED', 4),
    (pg_temp.uid(200103), pg_temp.uid(200001), pg_temp.uid(8026), pg_temp.uid(204), 'VERIFIED', 4),
    (pg_temp.uid(200104), pg_temp.uid(200001), pg_temp.uid(8026), pg_temp.uid(108), 'SUBMITTED', 2),
    (pg_temp.uid(200105), pg_temp.uid(200001), pg_temp.uid(8026), pg_temp.uid(201), 'DRAFT', 1),
    (pg_temp.uid(200106), pg_temp.uid(200001), pg_temp.uid(8026), pg_temp.uid(14), 'DRAFT', 0);

-- (sheet, criterion, self input, self points, verified input, verified points, reason); points follow the template.
CREATE TEMPORARY TABLE demo_scores (sheet integer, code text, self_in numeric, self_pts numeric,
                                    ver_in numeric, ver_pts numeric, reason text) ON COMMIT DROP;
INSERT INTO demo_scores VALUES
    (200101,'A.1',100,30,100,30,NULL),(200101,'A.2',100,10,100,10,NULL),(200101,'A.3',97,5,97,5,NULL),
    (200101,'A.4',9.5,9.5,9,9,'Một nhiệm vụ đột xuất hoàn thành sau thời hạn Lãnh đạo Bộ giao'),(200101,'A.5',4.5,4.5,4.5,4.5,NULL),
    (200101,'B.1',0,8,0,8,NULL),(200101,'B.2',1,4,1,4,NULL),(200101,'B.3',7.5,7.5,7.5,7.5,NULL),
    (200101,'C.1',1,5,1,5,NULL),(200101,'C.2',1,5,1,5,NULL),(200101,'C.3',9.5,9.5,9.5,9.5,NULL),
    (200101,'D.1',0,0,0,0,NULL),(200101,'D.2',0,0,0,0,NULL),(200101,'E.1',2,2,2,2,NULL),

    (200102,'A.1',98,27,98,27,NULL),(200102,'A.2',100,10,96,8.75,'01 dự thảo thẩm định quá hạn theo sổ theo dõi'),(200102,'A.3',90,3.5,90,3.5,NULL),
    (200102,'A.4',9,9,9,9,NULL),(200102,'A.5',4.5,4.5,4.5,4.5,NULL),
    (200102,'B.1',2,6,2,6,NULL),(200102,'B.2',1,4,1,4,NULL),(200102,'B.3',7,7,7,7,NULL),
    (200102,'C.1',1,5,1,5,NULL),(200102,'C.2',1,5,1,5,NULL),(200102,'C.3',9,9,9,9,NULL),
    (200102,'D.1',1,-2,1,-2,NULL),(200102,'D.2',0,0,0,0,NULL),(200102,'E.1',3,3,1,1,'Chỉ 01 mô hình được Bộ ghi nhận bằng văn bản'),

    (200103,'A.1',100,30,97,27,'Còn 01 nhiệm vụ trong Kế hoạch chưa hoàn thành'),(200103,'A.2',92,7.5,92,7.5,NULL),(200103,'A.3',96,5,96,5,NULL),
    (200103,'A.4',8.5,8.5,8.5,8.5,NULL),(200103,'A.5',4,4,4,4,NULL),
    (200103,'B.1',0,8,0,8,NULL),(200103,'B.2',1,4,1,4,NULL),(200103,'B.3',7,7,7,7,NULL),
    (200103,'C.1',1,5,1,5,NULL),(200103,'C.2',1,5,1,5,NULL),(200103,'C.3',9,9,9,9,NULL),
    (200103,'D.1',0,0,1,-2,'01 nhiệm vụ chậm tiến độ chưa được đơn vị tự trừ'),(200103,'D.2',0,0,0,0,NULL),(200103,'E.1',1,1,1,1,NULL),

    (200104,'A.1',97,27,NULL,NULL,NULL),(200104,'A.2',100,10,NULL,NULL,NULL),(200104,'A.3',80,3.5,NULL,NULL,NULL),
    (200104,'A.4',9,9,NULL,NULL,NULL),(200104,'A.5',4,4,NULL,NULL,NULL),
    (200104,'B.1',4,4,NULL,NULL,NULL),(200104,'B.2',1,4,NULL,NULL,NULL),(200104,'B.3',7.25,7.25,NULL,NULL,NULL),
    (200104,'C.1',1,5,NULL,NULL,NULL),(200104,'C.2',1,5,NULL,NULL,NULL),(200104,'C.3',9,9,NULL,NULL,NULL),
    (200104,'D.1',0,0,NULL,NULL,NULL),(200104,'D.2',0,0,NULL,NULL,NULL),(200104,'E.1',0,0,NULL,NULL,NULL),

    (200105,'A.1',100,30,NULL,NULL,NULL),(200105,'A.2',95,8.75,NULL,NULL,NULL),(200105,'A.3',96,5,NULL,NULL,NULL),
    (200105,'A.4',NULL,NULL,NULL,NULL,NULL),(200105,'A.5',4,4,NULL,NULL,NULL),
    (200105,'B.1',NULL,NULL,NULL,NULL,NULL),(200105,'B.2',1,4,NULL,NULL,NULL),(200105,'B.3',7,7,NULL,NULL,NULL),
    (200105,'C.1',1,5,NULL,NULL,NULL),(200105,'C.2',1,5,NULL,NULL,NULL),(200105,'C.3',9,9,NULL,NULL,NULL),
    (200105,'D.1',0,0,NULL,NULL,NULL),(200105,'D.2',0,0,NULL,NULL,NULL),(200105,'E.1',1,1,NULL,NULL,NULL);

INSERT INTO score_entry (sheet_id, criterion_code, section_code, method, self_input, self_points,
                         verified_input, verified_points, diff_reason, evidence)
SELECT pg_temp.uid(s.sheet), s.code, split_part(s.code, '.', 1), c.crit ->> 'method', s.self_in, s.self_pts, s.ver_in, s.ver_pts, s.reason,
       CASE WHEN s.code = 'A.1' AND s.self_in IS NOT NULL
            THEN '[{"label":"Báo cáo tổng kết công tác năm 2026","url":"https://files.moj.gov.vn/demo/bao-cao-tong-ket-2026.pdf"}]'::jsonb
            ELSE '[]'::jsonb END
FROM demo_scores s
JOIN (SELECT jsonb_array_elements(sec -> 'criteria') AS crit
      FROM demo_sections, jsonb_array_elements(doc) AS sec) c ON c.crit ->> 'code' = s.code;

-- The empty draft of Vụ Hợp tác quốc tế: one row per criterion, nothing scored.
INSERT INTO score_entry (sheet_id, criterion_code, section_code, method)
SELECT pg_temp.uid(200106), c.crit ->> 'code', sec ->> 'code', c.crit ->> 'method'
FROM demo_sections, jsonb_array_elements(doc) AS sec, LATERAL (SELECT jsonb_array_elements(sec -> 'criteria') AS crit) c;
