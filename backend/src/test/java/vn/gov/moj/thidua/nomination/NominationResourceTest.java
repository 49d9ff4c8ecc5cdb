package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Dossiers against the real database: eligibility fed from the ledger, ratings and initiatives; the workflow with
 * who may do what; documents; public comment.
 */
@QuarkusTest
class NominationResourceTest {

    private static JsonPath eligibility(String id) {
        return Tokens.as("secretariat").get("/api/v1/nominations/" + id + "/eligibility").then().statusCode(200).extract().jsonPath();
    }

    private static String verdictOf(JsonPath report, String rule) {
        return report.getString("rules.find { it.ruleId == '" + rule + "' }.verdict");
    }

    @Test
    void shouldPassCstdNganhWithThreeConsecutiveCstdcsYearsAndAMinistryInitiative() {
        String initiative = NominationFixtures.initiative("Sáng kiến phạm vi Bộ (đạt)", "MINISTRY");
        String id = NominationFixtures.personDossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH,
                "[\"" + initiative + "\"]");
        NominationFixtures.attachRequiredDocuments(id, DemoIds.CUC_PBGDPL_TGPL);
        JsonPath report = eligibility(id);
        assertThat(verdictOf(report, "R-CSTD-BO")).isEqualTo("PASS");
        assertThat(verdictOf(report, "R-EVIDENCE")).isEqualTo("PASS");
        assertThat(report.getString("rules.find { it.ruleId == 'R-CSTD-BO' }.explanation")).contains("3 năm liên tục đạt Chiến sĩ thi đua cơ sở (2023, 2024, 2025)");
        assertThat(report.getString("rules.find { it.ruleId == 'R-CSTD-BO' }.legalSource")).contains("Điều 22");
        assertThat(verdictOf(report, "R-INIT")).isEqualTo("PASS");
        assertThat(verdictOf(report, "R-BLOCK")).isEqualTo("PASS");
        assertThat(report.getString("overall")).isEqualTo("PASS");
        assertThat(report.getString("parametersDate")).isEqualTo("2025-12-31");
    }

    @Test
    void shouldNotPassCstdNganhWithoutAMinistryInitiative() {
        String id = NominationFixtures.personDossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH, "[]");
        JsonPath report = eligibility(id);
        assertThat(verdictOf(report, "R-CSTD-BO")).isEqualTo("NEEDS_EVIDENCE");
        assertThat(report.getString("overall")).isEqualTo("NEEDS_EVIDENCE");
        // a grassroots initiative does not stand in for a ministry-scope one
        String grassroots = NominationFixtures.initiative("Sáng kiến cấp cơ sở", "GRASSROOTS");
        String other = NominationFixtures.personDossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH,
                "[\"" + grassroots + "\"]");
        assertThat(verdictOf(eligibility(other), "R-CSTD-BO")).isEqualTo("NEEDS_EVIDENCE");
    }

    @Test
    void shouldFailCstdNganhWithOnlyTwoCstdcsYearsAndBlockSubmissionUntilOverridden() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.CSTD_NGANH, "[]");
        JsonPath report = eligibility(id);
        assertThat(verdictOf(report, "R-CSTD-BO")).isEqualTo("FAIL");
        assertThat(report.getString("rules.find { it.ruleId == 'R-CSTD-BO' }.explanation")).contains("Mới 2 năm liên tục đạt Chiến sĩ thi đua cơ sở");
        assertThat(report.getString("overall")).isEqualTo("FAIL");

        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).post("/api/v1/nominations/" + id + "/submit")
                .then().statusCode(409).contentType(containsString("application/problem+json"))
                .body("type", equalTo("/problems/ineligible")).body("errors.field", hasItem("R-CSTD-BO"));
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id).then().body("status", equalTo("DRAFT"));

        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/nominations/" + id + "/override-eligibility").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Thành tích đột xuất, Hội đồng xem xét\"}")
                .post("/api/v1/nominations/" + id + "/override-eligibility")
                .then().statusCode(200).body("overrideReason", equalTo("Thành tích đột xuất, Hội đồng xem xét"));
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).post("/api/v1/nominations/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + id + "/history").then().statusCode(200)
                .body("action", hasItems("create", "override-eligibility", "submit"))
                .body("find { it.action == 'override-eligibility' }.actor", equalTo("secretariat"))
                .body("find { it.action == 'override-eligibility' }.reason", equalTo("Thành tích đột xuất, Hội đồng xem xét"));
    }

    @Test
    void shouldLetAnInitiativeBackOneProposalOnly() {
        String initiative = NominationFixtures.initiative("Sáng kiến chỉ dùng một lần", "MINISTRY");
        String first = NominationFixtures.personDossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH,
                "[\"" + initiative + "\"]");
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Lần hai","initiativeIds":["%s"]}"""
                        .formatted(DemoIds.PERSON_NHUNG, NominationFixtures.CSTDTQ, NominationFixtures.PERIOD_2025, initiative))
                .post("/api/v1/nominations").then().statusCode(409).body("type", equalTo("/problems/initiative-used"))
                .body("errors.field", hasItem("initiativeIds"));
        Tokens.as("viewer").get("/api/v1/initiatives/" + initiative).then().statusCode(200).body("usedByNominationId", equalTo(first));
    }

    @Test
    void shouldFailTheInitiativeRuleForAnInitiativeUsedBeforeThiDua() {
        String used = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Sáng kiến đã dùng","scope":"MINISTRY","ownerIds":["%s"],"recognitionNumber":"5/QĐ","recognitionDate":"2023-05-01",
                         "recognitionBody":"Hội đồng sáng kiến Bộ","priorUse":"Đã dùng cho CSTĐCS năm 2023"}""".formatted(DemoIds.PERSON_NHUNG))
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
        String id = NominationFixtures.personDossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH,
                "[\"" + used + "\"]");
        JsonPath report = eligibility(id);
        assertThat(verdictOf(report, "R-INIT")).isEqualTo("FAIL");
        assertThat(report.getString("overall")).isEqualTo("FAIL");
    }

    @Test
    void shouldRefuseANomineeThatDoesNotMatchTheAwardTypesSubject() {
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"nomineeUnitId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"x"}"""
                        .formatted(DemoIds.CUC_PBGDPL_TGPL, NominationFixtures.CSTD_NGANH, NominationFixtures.PERIOD_2025))
                .post("/api/v1/nominations").then().statusCode(422).body("errors.field", hasItem("personId"));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"x"}"""
                        .formatted(DemoIds.PERSON_NHUNG, NominationFixtures.TTLDTT, NominationFixtures.PERIOD_2025))
                .post("/api/v1/nominations").then().statusCode(422).body("errors.field", hasItem("nomineeUnitId"));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"x"}"""
                        .formatted(DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH, NominationFixtures.PERIOD_2025))
                .post("/api/v1/nominations").then().statusCode(422).body("errors.field", hasItem("personId"));
    }

    @Test
    void shouldKeepDossiersWithinTheirUnitAndTheCouncilFromTheAgendaOn() {
        String id = NominationFixtures.DEMO_DRAFT.toString();
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("edit")));
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("edit", "submit", "withdraw")));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/nominations/" + id).then().statusCode(404);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/nominations/" + id + "/eligibility").then().statusCode(404);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).header("If-Match", "*")
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"x"}"""
                        .formatted(DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH, NominationFixtures.PERIOD_2025))
                .put("/api/v1/nominations/" + id).then().statusCode(404);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).post("/api/v1/nominations/" + id + "/submit").then().statusCode(404);
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).post("/api/v1/nominations/" + id + "/submit").then().statusCode(403);
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).post("/api/v1/nominations/" + id + "/receive").then().statusCode(403);
        Tokens.as("council-member", DemoIds.id(12)).get("/api/v1/nominations/" + id).then().statusCode(404);
        Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/nominations/" + id).then().statusCode(404);
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().statusCode(200).body("allowedActions", equalTo(List.of()));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).queryParam("size", 200).get("/api/v1/nominations")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).queryParam("size", 200).get("/api/v1/nominations")
                .then().statusCode(200).body("items.id", hasItem(id));
        Tokens.as("secretariat").post("/api/v1/nominations/" + id + "/receive")
                .then().statusCode(409).body("currentState", equalTo("DRAFT")).body("allowedActions", equalTo(List.of("edit", "submit")));
    }

    @Test
    void shouldRunTheWholeWorkflowToADecisionThatWritesTheLedgerAndThenRevokeIt() throws Exception {
        String initiative = NominationFixtures.initiative("Sáng kiến cho quyết định", "MINISTRY");
        String id = NominationFixtures.personDossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTD_NGANH,
                "[\"" + initiative + "\"]");
        NominationFixtures.attachRequiredDocuments(id, DemoIds.CUC_PBGDPL_TGPL);
        NominationFixtures.toAppraising(id, DemoIds.CUC_PBGDPL_TGPL);
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().body("status", equalTo("APPRAISING"))
                .body("eligibilityOverall", equalTo("PASS")).body("eligibilityCheckedAt", notNullValue());

        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Bổ sung biên bản họp Hội đồng đơn vị\"}")
                .post("/api/v1/nominations/" + id + "/return").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Bổ sung biên bản họp Hội đồng đơn vị"));
        String notice = Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).queryParam("unreadOnly", true).queryParam("size", 200)
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.nominationId == '" + id + "' }.kind", equalTo("RETURNED"))
                .body("items.find { it.nominationId == '" + id + "' }.message",
                        allOf(startsWith("Hồ sơ đề nghị "), endsWith(" bị trả lại: Bổ sung biên bản họp Hội đồng đơn vị")))
                .extract().path("items.find { it.nominationId == '" + id + "' }.id");
        // The same notice in English when the reader asks for it, as problems are.
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).header("Accept-Language", "en").queryParam("size", 200)
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.id == '" + notice + "' }.message",
                        allOf(startsWith("The nomination "), endsWith(" was returned: Bổ sung biên bản họp Hội đồng đơn vị")));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).post("/api/v1/notifications/" + notice + "/read").then().statusCode(404);
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).post("/api/v1/notifications/" + notice + "/read")
                .then().statusCode(200).body("read", equalTo(true));

        NominationFixtures.toAppraising(id, DemoIds.CUC_PBGDPL_TGPL);
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        Tokens.as("council-member", DemoIds.id(12)).get("/api/v1/nominations/" + id).then().statusCode(200).body("status", equalTo("ON_AGENDA"));
        Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/nominations/" + id).then().statusCode(404);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closingDate\":\"2099-01-01\"}")
                .post("/api/v1/nominations/" + id + "/open-public-comment").then().statusCode(409)
                .body("allowedActions", equalTo(List.of("council-vote", "council-result")));

        NominationFixtures.councilResult(id, 15, 14, 1);
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().body("status", equalTo("APPROVED"))
                .body("councilSummary", containsString("đồng ý 14"));

        String decision = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"number":"901/QĐ-BTP","decisionDate":"2026-03-25","signer":"Nguyễn Văn Bộ","signerTitle":"Bộ trưởng Bộ Tư pháp",
                         "nominationIds":["%s"]}""".formatted(id))
                .post("/api/v1/decisions").then().statusCode(201)
                .body("awardees[0].awardTypeCode", equalTo("CSTD_NGANH")).body("awardees[0].year", equalTo(2025))
                .body("awardees[0].amount", equalTo(7020000)).body("totalAmount", equalTo(7020000)).body("baseAmount", equalTo(2340000))
                .extract().path("id");
        Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decisionId", equalTo(decision));
        Tokens.as("viewer", DemoIds.id(13)).queryParam("personId", DemoIds.PERSON_NHUNG).queryParam("awardTypeId", NominationFixtures.CSTD_NGANH)
                .get("/api/v1/awards").then().statusCode(200).body("total", equalTo(1)).body("items[0].source", equalTo("DECIDED"))
                .body("items[0].nominationId", equalTo(id));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).queryParam("size", 200).get("/api/v1/notifications")
                .then().body("items.kind", hasItems("APPROVED", "DECIDED"))
                // a date reads dd/MM/yyyy in Vietnamese
                .body("items.find { it.nominationId == '" + id + "' && it.kind == 'DECIDED' }.message", startsWith("Quyết định 901/QĐ-BTP ngày 25/03/2026: "));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).header("Accept-Language", "en").queryParam("size", 200).get("/api/v1/notifications")
                .then().body("items.find { it.nominationId == '" + id + "' && it.kind == 'APPROVED' }.message", startsWith("The nomination "))
                .body("items.find { it.nominationId == '" + id + "' && it.kind == 'DECIDED' }.message", startsWith("Decision 901/QĐ-BTP of 2026-03-25: "));

        byte[] pdf = Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/decisions/" + decision + "/list?format=pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        byte[] xlsx = Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/decisions/" + decision + "/list?format=xlsx")
                .then().statusCode(200).extract().asByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post("/api/v1/decisions/" + decision + "/revoke").then().statusCode(400);
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/decisions/" + decision + "/revoke").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Khai không trung thực thành tích (Chương VII)\"}")
                .post("/api/v1/decisions/" + decision + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("awardees[0].revoked", equalTo(true)).body("totalAmount", equalTo(0));
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().body("status", equalTo("REVOKED"));
        Tokens.as("viewer", DemoIds.id(13)).queryParam("personId", DemoIds.PERSON_NHUNG).queryParam("awardTypeId", NominationFixtures.CSTD_NGANH)
                .queryParam("includeRevoked", true).get("/api/v1/awards").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].revocationGrounds", containsString("Chương VII"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + id + "/history").then()
                .body("action", equalTo(List.of("create", "upload", "upload", "submit", "receive", "appraise", "return", "submit", "receive", "appraise",
                        "put-on-agenda", "council-result", "approve", "decide", "revoke")))
                .body("find { it.action == 'return' }.reason", equalTo("Bổ sung biên bản họp Hội đồng đơn vị"));
    }

    @Test
    void shouldListToEachRoleOnlyTheDossiersItMaySee() {
        String onAgenda = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        NominationFixtures.toAppraising(onAgenda, NominationFixtures.XA_HUU_LUNG);
        NominationFixtures.act(onAgenda, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        String draft = NominationFixtures.DEMO_DRAFT.toString();
        Tokens.as("council-member", DemoIds.id(12)).queryParam("size", 200).get("/api/v1/nominations").then().statusCode(200)
                .body("items.id", hasItem(onAgenda)).body("items.id", not(hasItem(draft)));
        Tokens.as("viewer", DemoIds.id(13)).queryParam("size", 200).get("/api/v1/nominations").then().statusCode(200)
                .body("items.id", not(hasItem(onAgenda))).body("items.id", not(hasItem(draft)));
        Tokens.as("secretariat").queryParam("size", 200).queryParam("status", "ON_AGENDA").get("/api/v1/nominations").then().statusCode(200)
                .body("items.id", hasItem(onAgenda)).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("ON_AGENDA")));
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).queryParam("size", 200).get("/api/v1/nominations").then().statusCode(200)
                .body("items.id", hasItem(onAgenda))
                // apart from dossiers open for public comment, which everyone may read, only the unit's own
                .body("items.findAll { it.status != 'PUBLIC_COMMENT' }.unitId",
                        org.hamcrest.Matchers.everyItem(equalTo(NominationFixtures.XA_HUU_LUNG.toString())));
    }

    @Test
    void shouldLetOnlyTheSecretariatIssueDecisionsAndUnitsRecordOnlyTheirPeoplesInitiatives() {
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"number":"903/QĐ-BTP","decisionDate":"2026-03-25","signer":"A","signerTitle":"B","nominationIds":["%s"]}"""
                        .formatted(NominationFixtures.DEMO_DRAFT))
                .post("/api/v1/decisions").then().statusCode(403);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"title":"Không phải của đơn vị","scope":"GRASSROOTS","ownerIds":["%s"],"recognitionNumber":"1","recognitionDate":"2025-01-01",
                         "recognitionBody":"HĐ"}""".formatted(DemoIds.PERSON_NHUNG))
                .post("/api/v1/initiatives").then().statusCode(400).body("errors.field", hasItem("ownerIds"));
        Tokens.as("viewer", DemoIds.id(13)).contentType(ContentType.JSON)
                .body("""
                        {"title":"x","scope":"GRASSROOTS","ownerIds":["%s"],"recognitionNumber":"1","recognitionDate":"2025-01-01","recognitionBody":"HĐ"}"""
                        .formatted(DemoIds.PERSON_NHUNG))
                .post("/api/v1/initiatives").then().statusCode(403);
        Tokens.as("viewer", DemoIds.id(13)).queryParam("ownerId", DemoIds.PERSON_NHUNG).queryParam("scope", "MINISTRY")
                .get("/api/v1/initiatives").then().statusCode(200).body("items.id", hasItem(NominationFixtures.MINISTRY_INITIATIVE.toString()));
    }

    @Test
    void shouldRejectBelowTheCouncilThresholdAndDecideOnlyApprovedDossiers() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        NominationFixtures.toAppraising(id, NominationFixtures.XA_HUU_LUNG);
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        NominationFixtures.councilResult(id, 15, 13, 2);
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id).then().body("status", equalTo("REJECTED"))
                .body("councilSummary", containsString("không đạt 9/10"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"number":"902/QĐ-BTP","decisionDate":"2026-03-25","signer":"A","signerTitle":"Bộ trưởng","nominationIds":["%s"]}""".formatted(id))
                .post("/api/v1/decisions").then().statusCode(409).body("errors.message", hasItem(containsString("\"Không được duyệt\", chưa được duyệt")));
        Tokens.as("secretariat").queryParam("size", 200).get("/api/v1/decisions").then().statusCode(200)
                .body("items.number", not(hasItem("902/QĐ-BTP")));
    }

    @Test
    void shouldAnswerConflictForACouncilVoteOnAnUnknownSession() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        NominationFixtures.toAppraising(id, NominationFixtures.XA_HUU_LUNG);
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"sessionId\":\"" + DemoIds.id(999001) + "\"}")
                .post("/api/v1/nominations/" + id + "/council-vote").then().statusCode(409)
                .body("detail", containsString("không tồn tại hoặc chưa công bố kết quả"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().body("status", equalTo("ON_AGENDA"));
    }

    @Test
    void shouldAskForThePublishedClusterElectionOfAFlag() {
        String id = NominationFixtures.unitDossier(DemoIds.CUC_DKGDBD_BTNN, NominationFixtures.CO_NGANH, null);
        JsonPath report = eligibility(id);
        assertThat(verdictOf(report, "R-CO-NGANH")).isEqualTo("NEEDS_EVIDENCE");
        String elected = NominationFixtures.unitDossier(DemoIds.CUC_HCTP, NominationFixtures.CO_NGANH, DemoIds.id(999002).toString());
        // An unknown session is no proof either (published elections: NominationVotingLinkTest).
        assertThat(verdictOf(eligibility(elected), "R-CO-NGANH")).isEqualTo("NEEDS_EVIDENCE");
    }

    @Test
    void shouldJudgeCollectiveTitlesFromMemberRecords() {
        // Cục HCTP: LĐTT 2025 recorded in the ledger for every member rated HTTNV or better (demo V40)
        String hctp = NominationFixtures.unitDossier(DemoIds.CUC_HCTP, NominationFixtures.TTLDTT, null);
        JsonPath passing = eligibility(hctp);
        assertThat(verdictOf(passing, "R-TTLDTT")).isEqualTo("PASS");
        // Cục ĐKGDBĐ&BTNN: no LĐTT recorded for 2025
        String dk = NominationFixtures.unitDossier(DemoIds.CUC_DKGDBD_BTNN, NominationFixtures.TTLDTT, null);
        JsonPath failing = eligibility(dk);
        assertThat(verdictOf(failing, "R-TTLDTT")).isEqualTo("FAIL");
        assertThat(failing.getString("rules.find { it.ruleId == 'R-TTLDTT' }.explanation")).startsWith("Chưa đạt: 0/");
    }

    @Test
    void shouldBlockANomineeWithAPendingCase() {
        String person = Tokens.as("secretariat").queryParam("unitId", DemoIds.CUC_DKGDBD_BTNN).queryParam("size", 200).get("/api/v1/people")
                .then().statusCode(200).extract().path("items.id.sort()[0]");
        String id = NominationFixtures.personDossier(DemoIds.CUC_DKGDBD_BTNN, java.util.UUID.fromString(person), NominationFixtures.CSTDCS, "[]");
        JsonPath report = eligibility(id);
        assertThat(verdictOf(report, "R-BLOCK")).isEqualTo("FAIL");
        assertThat(report.getString("rules.find { it.ruleId == 'R-BLOCK' }.explanation")).contains("khiếu nại đang giải quyết");
    }

    @Test
    void shouldStoreDossierFilesWithTheirChecksumAndRefuseOversizeOrForeignTypes() throws Exception {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        byte[] pdf = NominationFixtures.minimalPdf();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String contentUrl = Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).multiPart("kind", "TO_TRINH")
                .multiPart("file", "to-trinh.pdf", pdf, "application/pdf")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(201)
                .body("sha256", equalTo(sha)).body("kind", equalTo("TO_TRINH")).extract().path("contentUrl");
        byte[] back = Tokens.as("secretariat").get(contentUrl).then().statusCode(200).header("X-Checksum-SHA256", sha).extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).multiPart("kind", "EVIDENCE")
                .multiPart("file", "virus.exe", new byte[] { 77, 90 }, "application/x-msdownload")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(415);
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).multiPart("kind", "EVIDENCE")
                .multiPart("file", "big.pdf", new byte[10 * 1024 * 1024 + 1], "application/pdf")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(413);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).multiPart("kind", "EVIDENCE").multiPart("file", "a.pdf", pdf, "application/pdf")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(404);
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id + "/documents")
                .then().statusCode(200).body("kind", equalTo(List.of("TO_TRINH")));
    }

    @Test
    void shouldPublishStateLevelDossiersForCommentBeforeTheCouncil() {
        String id = NominationFixtures.personDossier(DemoIds.CUC_PBGDPL_TGPL, DemoIds.PERSON_NHUNG, NominationFixtures.CSTDTQ, "[]");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Đề nghị đặc cách\"}")
                .post("/api/v1/nominations/" + id + "/override-eligibility").then().statusCode(200);
        NominationFixtures.toAppraising(id, DemoIds.CUC_PBGDPL_TGPL);
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"members\":15,\"yes\":15,\"no\":0,\"minutes\":\"BB\"}")
                .post("/api/v1/nominations/" + id + "/council-result").then().statusCode(409)
                .body("allowedActions", equalTo(List.of("open-public-comment")));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).body("{\"text\":\"Sớm quá\"}")
                .post("/api/v1/nominations/" + id + "/comments").then().statusCode(404);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closingDate\":\"2099-01-01\"}")
                .post("/api/v1/nominations/" + id + "/open-public-comment").then().statusCode(200)
                .body("status", equalTo("PUBLIC_COMMENT")).body("commentClosingDate", equalTo("2099-01-01"));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).body("{\"text\":\"Đề nghị làm rõ phạm vi sáng kiến\"}")
                .post("/api/v1/nominations/" + id + "/comments").then().statusCode(201).body("author", equalTo("unit-officer"));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/nominations/" + id + "/comments")
                .then().statusCode(200).body("text", equalTo(List.of("Đề nghị làm rõ phạm vi sáng kiến")));
        NominationFixtures.councilResult(id, 15, 15, 0);
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().body("status", equalTo("APPROVED")).body("overrideReason",
                equalTo("Đề nghị đặc cách"));
    }

    @Test
    void shouldEditOnlyDraftsWithTheCurrentVersion() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        String body = """
                {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Đã sửa"}"""
                .formatted(DemoIds.PERSON_PAO, NominationFixtures.LDTT, NominationFixtures.PERIOD_2025);
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).contentType(ContentType.JSON).body(body)
                .put("/api/v1/nominations/" + id).then().statusCode(428);
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .put("/api/v1/nominations/" + id).then().statusCode(412);
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/nominations/" + id).then().statusCode(200).body("achievements", equalTo("Đã sửa")).body("returnReason", nullValue());
        NominationFixtures.act(id, "unit-head", NominationFixtures.XA_HUU_LUNG, "submit");
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).contentType(ContentType.JSON).header("If-Match", "*").body(body)
                .put("/api/v1/nominations/" + id).then().statusCode(409).body("currentState", equalTo("SUBMITTED"));
    }
}
