package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** The voting link over HTTP, against the real voting implementation: flags read cluster elections, dossiers read council reviews. */
@QuarkusTest
class NominationVotingLinkTest {

    /** Published 2019 Cụm III elections (demo V30, V69): 120001 elected 101, 109, 110; 120002 elected 109. */
    static final UUID CO_NGANH_2019 = DemoIds.id(120001);
    static final UUID CUC_BTTP = DemoIds.id(108);
    static final UUID TTLLTP = DemoIds.id(111);

    static String flagDossier(UUID unit, UUID session) {
        return flagDossier(unit, session, DemoIds.PERIOD_2019);
    }

    static String flagDossier(UUID unit, UUID session, UUID period) {
        return Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body("""
                        {"nomineeUnitId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Dẫn đầu Cụm thi đua số III","electionSessionId":"%s"}"""
                        .formatted(unit, NominationFixtures.CO_NGANH, period, session))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
    }

    static String flagVerdict(String dossier) {
        return Tokens.as("secretariat").get("/api/v1/nominations/" + dossier + "/eligibility").then().statusCode(200)
                .extract().path("rules.find { it.ruleId == 'R-CO-NGANH' }.verdict");
    }

    @Test
    void shouldPassAFlagOnlyForAUnitItsPublishedClusterElectionElected() {
        // Cục TGPL (101) was elected in the published 2019 election.
        String elected = flagDossier(DemoIds.CUC_TGPL, CO_NGANH_2019);
        assertThat(flagVerdict(elected)).isEqualTo("PASS");
        Tokens.as("unit-officer", DemoIds.CUC_TGPL).get("/api/v1/nominations/" + elected + "/eligibility").then().statusCode(200)
                .body("rules.find { it.ruleId == 'R-CO-NGANH' }.explanation", containsString("10 phiếu đồng ý"))
                .body("rules.find { it.ruleId == 'R-CO-NGANH' }.legalSource", containsString("11/2023/TT-BTP"));

        // Cục Bổ trợ tư pháp (108) was a candidate of the same session with no votes.
        String notElected = flagDossier(CUC_BTTP, CO_NGANH_2019);
        assertThat(flagVerdict(notElected)).isEqualTo("FAIL");
        Tokens.as("secretariat").get("/api/v1/nominations/" + notElected + "/eligibility").then()
                .body("overall", equalTo("FAIL"))
                .body("rules.find { it.ruleId == 'R-CO-NGANH' }.explanation", containsString("không được Cụm suy tôn"));
        // The failing rule blocks submission.
        Tokens.as("unit-head", CUC_BTTP).post("/api/v1/nominations/" + notElected + "/submit").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/ineligible"));

        // The same unit's election for Cờ thi đua của Chính phủ (120002), or a 2019 election for 2020, proves nothing.
        Tokens.as("secretariat").get("/api/v1/nominations/" + flagDossier(DemoIds.CUC_TGPL, DemoIds.id(120002)) + "/eligibility").then()
                .body("rules.find { it.ruleId == 'R-CO-NGANH' }.verdict", equalTo("FAIL"))
                .body("rules.find { it.ruleId == 'R-CO-NGANH' }.explanation", containsString("hình thức khen thưởng khác"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + flagDossier(DemoIds.CUC_TGPL, CO_NGANH_2019, DemoIds.PERIOD_2020) + "/eligibility")
                .then().body("rules.find { it.ruleId == 'R-CO-NGANH' }.verdict", equalTo("FAIL"))
                .body("rules.find { it.ruleId == 'R-CO-NGANH' }.explanation", containsString("kỳ thi đua khác"));

        // A session not yet published proves nothing.
        UUID draft = clusterElectionDraft();
        String unpublished = flagDossier(TTLLTP, draft);
        assertThat(flagVerdict(unpublished)).isEqualTo("NEEDS_EVIDENCE");
    }

    @Test
    void shouldDecideTheDossierFromAPublishedCouncilReview() {
        String passed = onAgenda();
        String failed = onAgenda();
        UUID session = councilReview(List.of(passed, failed));
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"present\":[\"m1\",\"m2\",\"m3\",\"m4\"]}")
                .post("/api/v1/voting-sessions/" + session + "/open").then().statusCode(200);

        // Not yet published: 409, the dossier stays on the agenda.
        councilVote(passed, session).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("chưa công bố kết quả"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + passed).then().body("status", equalTo("ON_AGENDA"));

        Tokens.as("secretariat").post("/api/v1/voting-sessions/" + session + "/close").then().statusCode(200);
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"ballotsIssued\":4,\"ballotsReceived\":4,\"validBallots\":4,\"invalidBallots\":0,\"counts\":["
                        + "{\"candidateRef\":\"" + passed + "\",\"yes\":4,\"no\":0},{\"candidateRef\":\"" + failed + "\",\"yes\":1,\"no\":3}]}")
                .post("/api/v1/voting-sessions/" + session + "/paper-tally").then().statusCode(200);
        councilVote(passed, session).then().statusCode(409); // tallied, still not published
        Tokens.as("secretariat").post("/api/v1/voting-sessions/" + session + "/publish").then().statusCode(200);

        // Only the secretariat records the council's result.
        Tokens.as("council-member").contentType(ContentType.JSON).body("{\"sessionId\":\"" + session + "\"}")
                .post("/api/v1/nominations/" + passed + "/council-vote").then().statusCode(403);
        councilVote(passed, session).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("councilSummary", containsString("đồng ý 4"));
        councilVote(failed, session).then().statusCode(200).body("status", equalTo("REJECTED"));
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + failed + "/history").then().statusCode(200)
                .body("action", hasItems("council-vote", "reject"));

        // A published session that does not list the dossier, or is a cluster election, is refused.
        String other = onAgenda();
        councilVote(other, session).then().statusCode(409).body("detail", containsString("không có trong danh sách xét"));
        councilVote(other, CO_NGANH_2019).then().statusCode(409).body("detail", containsString("không phải phiên xét của Hội đồng"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + other).then().body("status", equalTo("ON_AGENDA"));
    }

    private static io.restassured.response.Response councilVote(String dossier, UUID session) {
        return Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"sessionId\":\"" + session + "\"}")
                .post("/api/v1/nominations/" + dossier + "/council-vote");
    }

    /** An LĐTT dossier of xã Hữu Lũng for person 7002, taken to the council's agenda. */
    private static String onAgenda() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        NominationFixtures.toAppraising(id, NominationFixtures.XA_HUU_LUNG);
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        return id;
    }

    /** A paper council review (five members, majority of the votes cast) listing the dossiers, in DRAFT. */
    private static UUID councilReview(List<String> dossiers) {
        String candidates = dossiers.stream().map(d -> "{\"kind\":\"NOMINATION\",\"ref\":\"" + d + "\",\"label\":\"Hồ sơ " + d + "\"}")
                .collect(Collectors.joining(","));
        String electorate = List.of("m1", "m2", "m3", "m4", "m5").stream()
                .map(k -> "{\"key\":\"" + k + "\",\"label\":\"Thành viên " + k + "\"}").collect(Collectors.joining(","));
        return Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Hội đồng TĐKT ngành xét hồ sơ\",\"sessionDate\":\"2026-11-20\",\"mode\":\"PAPER\","
                        + "\"rules\":{\"threshold\":\"1/2\",\"base\":\"VOTES_CAST\",\"seats\":" + dossiers.size() + ",\"maxChoices\":" + dossiers.size()
                        + "},\"candidates\":[" + candidates + "],\"electorate\":[" + electorate + "]}")
                .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
    }

    /** A Cụm III 2026 election left in DRAFT by its lead. */
    private static UUID clusterElectionDraft() {
        return Tokens.as("cluster-lead", DemoIds.CUC_DKGDBD_BTNN).contentType(ContentType.JSON)
                .body("{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"Suy tôn chưa công bố\",\"clusterId\":\"" + DemoIds.CUM_III_2026
                        + "\",\"awardTypeId\":\"" + NominationFixtures.CO_NGANH + "\",\"sessionDate\":\"2026-12-15\",\"place\":\"Hà Nội\"}")
                .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
    }
}
