package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Each wired rule of research §10 judged on records in the database, once passing and once failing. Histories
 * are set up through the ledger import; people's ratings come from the demo dataset; discipline records, which
 * have no API yet, are written directly.
 */
@QuarkusTest
class EligibilityRulesTest {

    static final UUID BK_BO = DemoIds.id(100010);
    static final UUID BK_TTG = DemoIds.id(100011);
    static final UUID TTLDXS = DemoIds.id(100006);
    static final UUID VU_HTQT = DemoIds.id(14);
    static final UUID CUC_BTTP = DemoIds.id(108);

    static JsonPath eligibility(String id) {
        return Tokens.as("secretariat").get("/api/v1/nominations/" + id + "/eligibility").then().statusCode(200).extract().jsonPath();
    }

    static String verdict(String dossier, String rule) {
        JsonPath report = eligibility(dossier);
        String v = report.getString("rules.find { it.ruleId == '" + rule + "' }.verdict");
        assertThat(v).as("%s in %s", rule, report.prettify()).isNotNull();
        return v;
    }

    static void importCsv(String rows) {
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8")
                .body("awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\n" + rows)
                .post("/api/v1/awards/imports").then().statusCode(200);
    }

    /** A demo person of the unit whose 2025 (and optionally 2024) rating is the one asked for, read from the database. */
    static UUID personRated(UUID unit, String rating2025, String notRating2024) throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT p.id FROM person p JOIN annual_rating r ON r.person_id = p.id AND r.year = 2025
                LEFT JOIN annual_rating q ON q.person_id = p.id AND q.year = 2024
                WHERE p.unit_id = ? AND r.rating LIKE ? AND (q.rating IS NULL OR q.rating NOT LIKE ?)
                ORDER BY p.id LIMIT 1""")) {
            s.setObject(1, unit);
            s.setString(2, rating2025);
            s.setString(3, notRating2024);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? (UUID) rs.getObject(1) : null;
            }
        }
    }

    static String dossier(UUID unit, UUID person, UUID awardType, String initiatives) {
        return NominationFixtures.personDossier(unit, person, awardType, initiatives);
    }

    static String initiativeOf(UUID person, String scope) {
        return Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Sáng kiến %s","scope":"%s","ownerIds":["%s"],"recognitionNumber":"1/QĐ","recognitionDate":"2025-06-01",
                         "recognitionBody":"Hội đồng sáng kiến"}""".formatted(UUID.randomUUID(), scope, person))
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    @Test
    void ldttPassesForAGoodRatingAndFailsBelowIt() throws Exception {
        assertThat(verdict(dossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]"), "R-LDTT"))
                .isEqualTo("PASS");
        UUID weak = null;
        UUID weakUnit = null;
        for (UUID unit : new UUID[] { DemoIds.CUC_HCTP, DemoIds.CUC_DKGDBD_BTNN, CUC_BTTP, VU_HTQT, DemoIds.id(204), DemoIds.id(205),
                DemoIds.id(11), DemoIds.id(12), DemoIds.id(13), DemoIds.STP_LANG_SON, DemoIds.id(302), DemoIds.id(303) }) {
            weak = personRated(unit, "HTNV", "-");
            if (weak != null) {
                weakUnit = unit;
                break;
            }
        }
        assertThat(weak).as("a demo person rated HTNV in 2025").isNotNull();
        assertThat(verdict(dossier(weakUnit, weak, NominationFixtures.LDTT, "[]"), "R-LDTT")).isEqualTo("FAIL");
    }

    @Test
    void cstdcsPassesWithLdttAndHtxsnvAndFailsWithNeither() throws Exception {
        assertThat(verdict(dossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTDCS, "[]"), "R-CSTDCS"))
                .isEqualTo("PASS");
        // a person of Cục ĐKGDBĐ&BTNN rated HTTNV in 2025 (not HTXSNV), with no initiative cited
        UUID unit = DemoIds.CUC_DKGDBD_BTNN;
        UUID ordinary = personRated(unit, "HTTNV", "-");
        if (ordinary == null) {
            unit = CUC_BTTP;
            ordinary = personRated(unit, "HTTNV", "-");
        }
        assertThat(verdict(dossier(unit, ordinary, NominationFixtures.CSTDCS, "[]"), "R-CSTDCS")).isEqualTo("FAIL");
    }

    @Test
    void aPendingCaseBlocksUntilItIsClosed() {
        String id = dossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, BK_TTG, "[]");
        assertThat(verdict(id, "R-BLOCK")).isEqualTo("PASS");
        String caseId = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","kind":"DENUNCIATION","description":"Đơn tố cáo đang xác minh","openedOn":"2026-01-05"}"""
                        .formatted(DemoIds.PERSON_PAO))
                .post("/api/v1/pending-cases").then().statusCode(201).extract().path("id");
        assertThat(verdict(id, "R-BLOCK")).isEqualTo("FAIL");
        Tokens.as("viewer").queryParam("personId", DemoIds.PERSON_PAO).get("/api/v1/pending-cases").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closedOn\":\"2026-02-01\"}")
                .post("/api/v1/pending-cases/" + caseId + "/close").then().statusCode(200).body("closedOn", org.hamcrest.Matchers.equalTo("2026-02-01"));
        assertThat(verdict(id, "R-BLOCK")).isEqualTo("PASS");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closedOn\":\"2026-02-02\"}")
                .post("/api/v1/pending-cases/" + caseId + "/close").then().statusCode(409);
    }

    @Test
    void oneAchievementIsNotRewardedTwice() {
        // 7001 already holds CSTĐCS 2025 in the ledger; she does not hold CSTĐ ngành 2025
        assertThat(verdict(dossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTDCS, "[]"), "R-ONE-ACHIEVEMENT"))
                .isEqualTo("FAIL");
        assertThat(verdict(dossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH, "[]"), "R-ONE-ACHIEVEMENT"))
                .isEqualTo("PASS");
    }

    @Test
    void cstdcsQuotaCountsTheUnitsLdttTitlesInTheLedger() {
        // Cục PBGDPL&TGPL: one LĐTT in 2025 (7001), so 15% allows no CSTĐCS proposal
        assertThat(verdict(dossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTDCS, "[]"), "R-CSTDCS-QUOTA"))
                .isEqualTo("FAIL");
        // Vụ HTQT with seven more people holding LĐTT 2025: 15% of 13 allows one
        StringBuilder rows = new StringBuilder();
        UUID candidate = null;
        for (int i = 0; i < 7; i++) {
            String id = Tokens.as("secretariat").contentType(ContentType.JSON)
                    .body("""
                            {"fullName":"Cán bộ hạn ngạch %d","unitId":"%s","employmentType":"CIVIL_SERVANT","assignedFrom":"2025-01-02"}"""
                            .formatted(i, VU_HTQT))
                    .post("/api/v1/people").then().statusCode(201).extract().path("id");
            rows.append("LDTT,").append(id).append(",,2025,3/QĐ-HTQT,2026-01-05,Vụ trưởng\n");
            candidate = UUID.fromString(id);
        }
        importCsv(rows.toString());
        String report = dossier(VU_HTQT, candidate, NominationFixtures.CSTDCS, "[]");
        assertThat(verdict(report, "R-CSTDCS-QUOTA")).isEqualTo("PASS");
        assertThat(eligibility(report).getString("rules.find { it.ruleId == 'R-CSTDCS-QUOTA' }.explanation")).contains("tối đa 1");
    }

    @Test
    void ttldxsPassesWithACstdcsMemberAndFailsWithout() throws Exception {
        String without = NominationFixtures.unitDossier(DemoIds.CUC_HCTP, TTLDXS, null);
        assertThat(verdict(without, "R-TTLDXS")).isEqualTo("FAIL");
        assertThat(eligibility(without).getString("rules.find { it.ruleId == 'R-TTLDXS' }.explanation"))
                .contains("0 thành viên đạt Chiến sĩ thi đua cơ sở, cần ít nhất 1");
        UUID member = personRated(DemoIds.CUC_HCTP, "HT%", "-");
        importCsv("CSTDCS," + member + ",,2025,7/QĐ-HCTP,2026-01-07,Cục trưởng\n");
        String with = NominationFixtures.unitDossier(DemoIds.CUC_HCTP, TTLDXS, null);
        assertThat(verdict(with, "R-TTLDXS")).isEqualTo("PASS");
    }

    @Test
    void ttldttFailsWhenAMemberWasDisciplinedAtWarningOrAbove() throws Exception {
        UUID unit = DemoIds.id(205);
        StringBuilder rows = new StringBuilder();
        UUID disciplined = null;
        try (Connection c = EmbeddedPostgresResource.superuserConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM person WHERE unit_id = ? ORDER BY id")) {
            s.setObject(1, unit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    disciplined = (UUID) rs.getObject(1);
                    rows.append("LDTT,").append(disciplined).append(",,2025,1/QĐ-KTVB,2026-01-05,\n");
                }
            }
        }
        importCsv(rows.toString());
        String clean = NominationFixtures.unitDossier(unit, NominationFixtures.TTLDTT, null);
        assertThat(verdict(clean, "R-TTLDTT")).isEqualTo("PASS");
        Tokens.as("unit-head", unit).contentType(ContentType.JSON)
                .body("{\"personId\":\"" + disciplined + "\",\"form\":\"CANH_CAO\",\"decidedOn\":\"2025-06-10\"}")
                .post("/api/v1/discipline-records").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"personId\":\"" + disciplined + "\",\"form\":\"CANH_CAO\",\"decidedOn\":\"2025-06-10\",\"reason\":\"Vi phạm quy chế\"}")
                .post("/api/v1/discipline-records").then().statusCode(201);
        Tokens.as("secretariat").queryParam("personId", disciplined).get("/api/v1/discipline-records")
                .then().statusCode(200).body("form", org.hamcrest.Matchers.hasItem("CANH_CAO"));
        JsonPath report = eligibility(clean);
        assertThat(report.getString("rules.find { it.ruleId == 'R-TTLDTT' }.verdict")).isEqualTo("FAIL");
        assertThat(report.getString("rules.find { it.ruleId == 'R-TTLDTT' }.explanation"))
                .contains("bị kỷ luật từ hình thức cảnh cáo trở lên");
    }

    @Test
    void ministerCertificateNeedsTwoCstdcsYearsAndTwoFreshInitiatives() throws Exception {
        String first = initiativeOf(DemoIds.PERSON_NHUNG, "GRASSROOTS");
        String second = initiativeOf(DemoIds.PERSON_NHUNG, "GRASSROOTS");
        assertThat(verdict(dossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, BK_BO, "[\"" + first + "\",\"" + second + "\"]"), "R-BK-BO(d)"))
                .isEqualTo("PASS");
        UUID unit = DemoIds.CUC_DKGDBD_BTNN;
        UUID ordinary = personRated(unit, "HT%", "HTXSNV");
        if (ordinary == null) {
            unit = CUC_BTTP;
            ordinary = personRated(unit, "HT%", "HTXSNV");
        }
        assertThat(verdict(dossier(unit, ordinary, BK_BO, "[]"), "R-BK-BO(d)")).isEqualTo("FAIL");
    }

    @Test
    void primeMinisterCertificateNeedsTheMinistersCertificateFirst() {
        importCsv("BK_BO," + DemoIds.PERSON_NHUNG + ",,2020,30/QĐ-BTP,2021-02-01,Bộ trưởng Bộ Tư pháp\n");
        // 7001: HTXSNV 2021–2025 and CSTĐCS 2023–2025
        assertThat(verdict(dossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, BK_TTG, "[]"), "R-BK-TTG(b)")).isEqualTo("PASS");
        assertThat(verdict(dossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, BK_TTG, "[]"), "R-BK-TTG(b)")).isEqualTo("FAIL");
    }

    @Test
    void nationalEmulationFighterNeedsTwoMinistryTitlesAndANationalInitiative() throws Exception {
        UUID person = personRated(CUC_BTTP, "HT%", "-");
        importCsv("CSTD_NGANH," + person + ",,2022,40/QĐ-BTP,2023-02-01,Bộ trưởng\nCSTD_NGANH," + person + ",,2025,41/QĐ-BTP,2026-02-01,Bộ trưởng\n");
        String national = initiativeOf(person, "NATIONAL");
        assertThat(verdict(dossier(CUC_BTTP, person, NominationFixtures.CSTDTQ, "[\"" + national + "\"]"), "R-CSTDTQ")).isEqualTo("PASS");
        assertThat(verdict(dossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.CSTDTQ, "[]"), "R-CSTDTQ"))
                .isEqualTo("FAIL");
    }

    static final UUID HCLD_3 = DemoIds.id(100014);
    static final UUID PERIOD_2020 = DemoIds.id(9020);

    @jakarta.inject.Inject
    EligibilityService service;

    /** A fresh person of Vụ HTQT, so no other test's dossiers or awards touch their year. */
    static UUID freshPerson(String name) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"fullName":"%s","unitId":"%s","employmentType":"CIVIL_SERVANT","assignedFrom":"2019-01-02"}"""
                        .formatted(name, VU_HTQT))
                .post("/api/v1/people").then().statusCode(201).extract().path("id"));
    }

    static String dossierIn(UUID period, UUID person, UUID awardType) {
        return Tokens.as("unit-officer", VU_HTQT).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Thành tích năm","initiativeIds":[]}"""
                        .formatted(person, awardType, period))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
    }

    static String explanation(String dossier, String rule) {
        return eligibility(dossier).getString("rules.find { it.ruleId == '" + rule + "' }.explanation");
    }

    @Test
    void evidenceIsNeededUntilTheToTrinhAndTheAchievementReportAreAttached() {
        String id = dossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        JsonPath before = eligibility(id);
        assertThat(before.getString("rules.find { it.ruleId == 'R-EVIDENCE' }.verdict")).isEqualTo("NEEDS_EVIDENCE");
        assertThat(before.getString("rules.find { it.ruleId == 'R-EVIDENCE' }.explanation")).isEqualTo("Hồ sơ còn thiếu: tờ trình; báo cáo thành tích");
        assertThat(before.getString("rules.find { it.ruleId == 'R-EVIDENCE' }.legalSource")).contains("Nghị định số 98/2023/NĐ-CP").doesNotContain("[S");
        assertThat(before.getList("rules.find { it.ruleId == 'R-EVIDENCE' }.citations.binding", String.class)).containsExactly("LAW", "PRACTICE");
        assertThat(before.getString("overall")).isEqualTo("NEEDS_EVIDENCE");
        NominationFixtures.attachDocument(id, NominationFixtures.XA_HUU_LUNG, "TO_TRINH");
        assertThat(explanation(id, "R-EVIDENCE")).isEqualTo("Hồ sơ còn thiếu: báo cáo thành tích");
        NominationFixtures.attachDocument(id, NominationFixtures.XA_HUU_LUNG, "BAO_CAO_THANH_TICH");
        assertThat(verdict(id, "R-EVIDENCE")).isEqualTo("PASS");
    }

    @Test
    void oneAchievementFailsASecondAwardFormForTheSameYearButNotATitle() {
        UUID person = freshPerson("Cán bộ một thành tích");
        String title = dossierIn(NominationFixtures.PERIOD_2025, person, NominationFixtures.LDTT);
        String ministry = dossierIn(NominationFixtures.PERIOD_2025, person, BK_BO);
        // a title (LĐTT) does not count against a form
        assertThat(verdict(ministry, "R-ONE-ACHIEVEMENT")).isEqualTo("PASS");
        String primeMinister = dossierIn(NominationFixtures.PERIOD_2025, person, BK_TTG);
        assertThat(verdict(primeMinister, "R-ONE-ACHIEVEMENT")).isEqualTo("FAIL");
        assertThat(explanation(primeMinister, "R-ONE-ACHIEVEMENT")).contains(ministry).contains("Bằng khen của Bộ trưởng Bộ Tư pháp")
                .doesNotContain(title);
        // and the other way round: the first form now sees the second
        assertThat(verdict(ministry, "R-ONE-ACHIEVEMENT")).isEqualTo("FAIL");
    }

    @Test
    void oneAchievementFailsAFormWhenAnotherFormIsInTheLedgerForTheYear() {
        UUID person = freshPerson("Cán bộ đã có bằng khen");
        importCsv("BK_BO," + person + ",,2025,91/QĐ-BTP,2026-02-01,Bộ trưởng Bộ Tư pháp\n");
        String primeMinister = dossierIn(NominationFixtures.PERIOD_2025, person, BK_TTG);
        assertThat(verdict(primeMinister, "R-ONE-ACHIEVEMENT")).isEqualTo("FAIL");
        assertThat(explanation(primeMinister, "R-ONE-ACHIEVEMENT")).contains("đã được tặng Bằng khen của Bộ trưởng Bộ Tư pháp (quyết định số 91/QĐ-BTP)");
        // another year is another achievement
        UUID other = freshPerson("Cán bộ bằng khen năm trước");
        importCsv("BK_BO," + other + ",,2024,92/QĐ-BTP,2025-02-01,Bộ trưởng Bộ Tư pháp\n");
        assertThat(verdict(dossierIn(NominationFixtures.PERIOD_2025, other, BK_TTG), "R-ONE-ACHIEVEMENT")).isEqualTo("PASS");
    }

    @Test
    void statePerYearIsADatedParameterReadFromTheCatalog() {
        java.util.List<vn.gov.moj.thidua.nomination.eligibility.Fact.Phrase> notes = new java.util.ArrayList<>();
        assertThat(service.parameters("HCLD_3", java.time.LocalDate.of(2020, 12, 31), notes).statePerYearApplies()).isTrue();
        assertThat(service.parameters("HCLD_3", java.time.LocalDate.of(2023, 12, 31), notes).statePerYearApplies()).isTrue();
        assertThat(service.parameters("HCLD_3", java.time.LocalDate.of(2024, 1, 1), notes).statePerYearApplies()).isFalse();
        assertThat(service.parameters("HCLD_3", java.time.LocalDate.of(2025, 12, 31), notes).statePerYearApplies()).isFalse();
    }

    @Test
    void statePerYearFailsASecondStateAwardInAYearWhileInForce() {
        UUID person = freshPerson("Cán bộ khen cấp Nhà nước 2020");
        String first = dossierIn(PERIOD_2020, person, HCLD_3);
        assertThat(verdict(first, "R-STATE-PER-YEAR")).isEqualTo("PASS");
        importCsv("CSTDTQ," + person + ",,2020,5/QĐ-TTg,2021-03-01,Thủ tướng Chính phủ\n");
        assertThat(verdict(first, "R-STATE-PER-YEAR")).isEqualTo("FAIL");
        assertThat(explanation(first, "R-STATE-PER-YEAR")).contains("Chiến sĩ thi đua toàn quốc");
    }

    @Test
    void statePerYearIsNotAppliedAfterItWasSuperseded() {
        UUID person = freshPerson("Cán bộ khen cấp Nhà nước 2025");
        importCsv("CSTDTQ," + person + ",,2025,6/QĐ-TTg,2026-03-01,Thủ tướng Chính phủ\n");
        String id = dossierIn(NominationFixtures.PERIOD_2025, person, HCLD_3);
        assertThat(verdict(id, "R-STATE-PER-YEAR")).isEqualTo("PASS");
        assertThat(explanation(id, "R-STATE-PER-YEAR")).contains("không áp dụng");
    }

    @Test
    void theServiceRunsTheOneStandardListOfRules() {
        assertThat(EligibilityService.ENGINE.ruleIds()).isEqualTo(vn.gov.moj.thidua.nomination.eligibility.EligibilityPolicies.standard()
                .stream().map(vn.gov.moj.thidua.nomination.eligibility.EligibilityPolicy::ruleId).toList());
    }

    @Test
    void primeMinisterCertificateThresholdsAreDatedParametersReadFromTheCatalog() {
        java.util.List<vn.gov.moj.thidua.nomination.eligibility.Fact.Phrase> notes = new java.util.ArrayList<>();
        var in2025 = service.parameters("BK_TTG", java.time.LocalDate.of(2025, 12, 31), notes);
        assertThat(in2025.bkTtgConsecutiveYears()).isEqualTo(5);
        assertThat(in2025.bkTtgCstdcsWithin()).isEqualTo(3);
        assertThat(notes).isEmpty();
        // before the 2022 Law took effect there is no version: the researched default, with a note saying so
        var in2020 = service.parameters("BK_TTG", java.time.LocalDate.of(2020, 12, 31), notes);
        assertThat(in2020.bkTtgConsecutiveYears()).isEqualTo(5);
        assertThat(notes).extracting(n -> n.facts().get(0) + "/" + n.facts().get(1)).contains("R-BK-TTG(b)/consecutiveYears", "R-BK-TTG(b)/cstdcsWithin");
    }

    @Test
    void theChecklistIsInVietnameseUnlessEnglishIsAskedFor() {
        String id = dossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        JsonPath vi = eligibility(id);
        assertThat(vi.getString("language")).isEqualTo("vi");
        assertThat(vi.getString("awardTypeName")).isEqualTo("Lao động tiên tiến");
        assertThat(vi.getString("rules.find { it.ruleId == 'R-LDTT' }.name")).isEqualTo("Tiêu chuẩn danh hiệu Lao động tiên tiến");
        assertThat(vi.getString("rules.find { it.ruleId == 'R-LDTT' }.explanation")).startsWith("Năm 2025 xếp loại");
        assertThat(vi.getString("rules.find { it.ruleId == 'R-LDTT' }.citations[0].text"))
                .isEqualTo("Khoản 1 Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15");
        assertThat(vi.getString("rules.find { it.ruleId == 'R-LDTT' }.citations[0].binding")).isEqualTo("LAW");
        assertThat(vi.getString("rules.find { it.ruleId == 'R-EVIDENCE' }.citations[1].binding")).isEqualTo("PRACTICE");

        JsonPath en = Tokens.as("secretariat").header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/nominations/" + id + "/eligibility")
                .then().statusCode(200).extract().jsonPath();
        assertThat(en.getString("language")).isEqualTo("en");
        assertThat(en.getString("rules.find { it.ruleId == 'R-LDTT' }.name")).isEqualTo("Advanced Worker (Lao động tiên tiến) standard");
        assertThat(en.getString("rules.find { it.ruleId == 'R-LDTT' }.explanation")).startsWith("Rated ").contains("in 2025");
        assertThat(en.getString("rules.find { it.ruleId == 'R-LDTT' }.legalSource"))
                .isEqualTo("Law on Emulation and Commendation No. 06/2022/QH15, Article 24(1)");
        assertThat(en.getString("overall")).isEqualTo(vi.getString("overall"));
    }
}
