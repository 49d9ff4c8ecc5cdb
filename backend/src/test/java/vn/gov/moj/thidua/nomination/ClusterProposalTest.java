package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The cluster's proposal (tờ trình của Cụm) over HTTP: each test builds its own period, cluster (head 0202, deputy
 * 0203) and published paper election, so quotas never see another test's dossiers.
 */
@QuarkusTest
class ClusterProposalTest {

    static final UUID HEAD = DemoIds.CUC_DKGDBD_BTNN;
    static final UUID DEPUTY = DemoIds.CUC_HCTP;
    static final UUID CUC_BTTP = DemoIds.id(108);
    static final UUID CUC_QLTHADS = DemoIds.id(204);
    static final UUID VU_HTQT = DemoIds.id(14);
    static final List<UUID> MEMBERS = List.of(HEAD, DEPUTY, DemoIds.CUC_PBGDPL_TGPL, CUC_BTTP, CUC_QLTHADS, VU_HTQT);
    /** Elected in every test election: three units. */
    static final List<UUID> ELECTED = List.of(DemoIds.CUC_PBGDPL_TGPL, CUC_BTTP, CUC_QLTHADS);

    record Scene(UUID period, UUID cluster, UUID election) {
    }

    /** A period of its own (year {@code year}), a cluster of the six units and a published election of three. */
    static Scene scene(int year) {
        UUID period = Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"label\":\"" + year + "\"}")
                .post("/api/v1/periods").then().statusCode(201).extract().jsonPath().getUUID("id");
        UUID cluster = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"periodId\":\"" + period + "\",\"name\":\"Cụm thử nghiệm " + year + "\",\"kind\":\"CUM\",\"memberUnitIds\":["
                        + quoted(MEMBERS) + "],\"headUnitId\":\"" + HEAD + "\",\"deputyUnitIds\":[\"" + DEPUTY + "\"]}")
                .post("/api/v1/clusters").then().statusCode(201).extract().jsonPath().getUUID("id");
        UUID session = Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON)
                .body("{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"Suy tôn Cờ thi đua ngành\",\"clusterId\":\"" + cluster
                        + "\",\"awardTypeId\":\"" + NominationFixtures.CO_NGANH + "\",\"sessionDate\":\"" + year + "-12-15\",\"place\":\"Hà Nội\","
                        + "\"mode\":\"PAPER\",\"rules\":{\"seats\":3,\"maxChoices\":3}}")
                .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
        String base = "/api/v1/voting-sessions/" + session;
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).body("{\"present\":[" + quoted(MEMBERS) + "]}")
                .post(base + "/open").then().statusCode(200);
        Tokens.as("cluster-lead", HEAD).post(base + "/close").then().statusCode(200);
        String counts = MEMBERS.stream().map(u -> "{\"candidateRef\":\"" + u + "\",\"yes\":" + (ELECTED.contains(u) ? 6 : 0) + ",\"no\":"
                + (ELECTED.contains(u) ? 0 : 6) + ",\"abstain\":0}").collect(Collectors.joining(","));
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON)
                .body("{\"ballotsIssued\":6,\"ballotsReceived\":6,\"validBallots\":6,\"invalidBallots\":0,\"counts\":[" + counts + "]}")
                .post(base + "/paper-tally").then().statusCode(200);
        Tokens.as("cluster-lead", HEAD).post(base + "/publish").then().statusCode(200);
        return new Scene(period, cluster, session);
    }

    static String quoted(List<UUID> ids) {
        return ids.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(","));
    }

    static io.restassured.response.Response file(String role, UUID unit, UUID election) {
        return Tokens.as(role, unit).contentType(ContentType.JSON).body("{\"electionSessionId\":\"" + election + "\"}")
                .post("/api/v1/cluster-proposals");
    }

    static void setQuota(UUID cluster, int quota) {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"awardTypeCode\":\"CO_NGANH\",\"quota\":" + quota + ",\"note\":\"Kế hoạch thi đua của Cụm\"}")
                .put("/api/v1/cluster-quotas/" + cluster).then().statusCode(200).body("quota", equalTo(quota))
                .body("overrideValue", equalTo(quota));
    }

    @Test
    void shouldLetTheHeadUnitsClusterLeadFileTheProposalAndTheUnitsCompleteTheirDossiers() {
        Scene s = scene(2071);
        setQuota(s.cluster(), 3);
        // A unit of the cluster already drafted its own dossier on the election: the proposal links it.
        String own = Tokens.as("unit-officer", CUC_BTTP).contentType(ContentType.JSON)
                .body("{\"nomineeUnitId\":\"%s\",\"awardTypeId\":\"%s\",\"periodId\":\"%s\",\"achievements\":\"Dẫn đầu Cụm\",\"electionSessionId\":\"%s\"}"
                        .formatted(CUC_BTTP, NominationFixtures.CO_NGANH, s.period(), s.election()))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");

        // Who may not: a unit officer (role), a cluster lead of a plain member unit, a cluster lead of another cluster's unit.
        file("unit-officer", HEAD, s.election()).then().statusCode(403);
        file("cluster-lead", VU_HTQT, s.election()).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Chỉ Cụm trưởng hoặc Cụm phó"));
        file("cluster-lead", DemoIds.STP_LANG_SON, s.election()).then().statusCode(403);
        Tokens.as("cluster-lead", VU_HTQT).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"electionSessionId\":\"" + s.election() + "\"}").post("/api/v1/cluster-proposals").then().statusCode(403)
                .body("detail", containsString("Only the head or deputy unit"));

        var filed = file("cluster-lead", HEAD, s.election()).then().statusCode(201)
                .body("clusterId", equalTo(s.cluster().toString())).body("dossiers", hasSize(3))
                .body("dossiers.unitId", hasItem(CUC_BTTP.toString())).body("quota", equalTo(3)).body("proposed", equalTo(3))
                .body("dossiers.minutesAttached", equalTo(List.of(true, true, true))).extract().jsonPath();
        String proposalId = filed.getString("id");
        List<String> dossiers = filed.getList("dossiers.nominationId");
        assertThat(dossiers).contains(own);

        // One proposal per election.
        file("cluster-lead", HEAD, s.election()).then().statusCode(409).body("detail", containsString("đã có tờ trình"));

        // The elected unit owns its dossier: it reads it, sees the minutes and adds its own report; the history names the proposal.
        String created = dossiers.stream().filter(d -> !d.equals(own)).findFirst().orElseThrow();
        UUID owner = UUID.fromString(Tokens.as("secretariat").get("/api/v1/nominations/" + created).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("electionSessionId", equalTo(s.election().toString()))
                .extract().path("unitId"));
        assertThat(ELECTED).contains(owner);
        Tokens.as("unit-officer", owner).get("/api/v1/nominations/" + created + "/documents").then().statusCode(200)
                .body("kind", hasItem("BIEN_BAN"));
        Tokens.as("unit-officer", owner).multiPart("kind", "BAO_CAO_THANH_TICH").multiPart("title", "Báo cáo thành tích")
                .multiPart("file", "bao-cao.pdf", "%PDF-1.4 report".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/pdf")
                .post("/api/v1/nominations/" + created + "/documents").then().statusCode(201);
        Tokens.as("unit-officer", owner).get("/api/v1/nominations/" + own + "/history").then().statusCode(404);
        Tokens.as("unit-officer", CUC_BTTP).get("/api/v1/nominations/" + own + "/history").then().statusCode(200)
                .body("action", hasItem("link-cluster-proposal"));

        // Who reads the proposal: its leads, the listed units, sector-wide readers; not an unlisted member.
        Tokens.as("cluster-lead", DEPUTY).get("/api/v1/cluster-proposals/" + proposalId).then().statusCode(200);
        Tokens.as("unit-head", owner).get("/api/v1/cluster-proposals/" + proposalId).then().statusCode(200);
        Tokens.as("viewer").get("/api/v1/cluster-proposals?electionSessionId=" + s.election()).then().statusCode(200)
                .body("id", equalTo(List.of(proposalId)));
        Tokens.as("unit-head", VU_HTQT).get("/api/v1/cluster-proposals/" + proposalId).then().statusCode(404);
        Tokens.as("unit-head", VU_HTQT).get("/api/v1/cluster-proposals?electionSessionId=" + s.election()).then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void shouldPassThreeFlagsWhereTheClustersQuotaIsThreeAndFailWhereItIsOne() {
        // The dated parameter for this period is 1 flag per cluster: a proposal of three is refused, nothing written.
        Scene one = scene(2072);
        Tokens.as("secretariat").get("/api/v1/cluster-quotas/" + one.cluster()).then().statusCode(200)
                .body("find { it.awardTypeCode == 'CO_NGANH' }.quota", equalTo(1))
                .body("find { it.awardTypeCode == 'CO_NGANH' }.overrideValue", equalTo(null));
        file("cluster-lead", HEAD, one.election()).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/cluster-quota-exceeded")).body("title", equalTo("Vượt số lượng Cụm được đề nghị"))
                .body("detail", containsString("tối đa 1"));
        Tokens.as("secretariat").get("/api/v1/cluster-proposals?electionSessionId=" + one.election()).then().body("$", hasSize(0));
        Tokens.as("secretariat").get("/api/v1/nominations?periodId=" + one.period()).then().body("items", hasSize(0));
        // One unit alone fits the quota of one; that one's R-CO-NGANH passes.
        String single = Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON)
                .body("{\"electionSessionId\":\"" + one.election() + "\",\"unitIds\":[\"" + CUC_BTTP + "\"]}")
                .post("/api/v1/cluster-proposals").then().statusCode(201).body("dossiers", hasSize(1))
                .extract().path("dossiers[0].nominationId");
        assertThat(flagVerdict(single)).isEqualTo("PASS");

        // The cluster's own quota of three (the 2019 Cụm III proposed three Cờ thi đua ngành): three pass.
        Scene three = scene(2073);
        setQuota(three.cluster(), 3);
        // A unit the cluster did not elect cannot be listed (400 naming the field).
        Tokens.as("cluster-lead", DEPUTY).contentType(ContentType.JSON)
                .body("{\"electionSessionId\":\"" + three.election() + "\",\"unitIds\":[\"" + VU_HTQT + "\"]}")
                .post("/api/v1/cluster-proposals").then().statusCode(400).body("errors[0].field", equalTo("unitIds"));
        List<String> dossiers = file("cluster-lead", DEPUTY, three.election()).then().statusCode(201).body("quota", equalTo(3))
                .extract().jsonPath().getList("dossiers.nominationId");
        assertThat(dossiers).hasSize(3);
        dossiers.forEach(d -> assertThat(flagVerdict(d)).isEqualTo("PASS"));

        // Lowering the cluster's quota to one afterwards: each of the three now fails R-CO-NGANH on the quota.
        setQuota(three.cluster(), 1);
        Tokens.as("secretariat").get("/api/v1/nominations/" + dossiers.get(0) + "/eligibility").then()
                .body("rules.find { it.ruleId == 'R-CO-NGANH' }.verdict", equalTo("FAIL"));
        // Only the secretariat sets a quota; a quota is for flags only.
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).body("{\"awardTypeCode\":\"CO_NGANH\",\"quota\":5}")
                .put("/api/v1/cluster-quotas/" + three.cluster()).then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"awardTypeCode\":\"LDTT\",\"quota\":5}")
                .put("/api/v1/cluster-quotas/" + three.cluster()).then().statusCode(400).body("errors[0].field", equalTo("awardTypeCode"));
    }

    @Test
    void shouldRefuseAProposalFromAnUnpublishedOrUnknownSession() {
        file("cluster-lead", HEAD, UUID.randomUUID()).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("chưa công bố kết quả"));
        Tokens.as("secretariat").get("/api/v1/cluster-proposals/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldFreeTheQuotaWhenAUnitWithdrawsItsDossierBeforeTheCouncilVotes() {
        Scene s = scene(2074); // the dated quota: one flag
        String proposed = Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON)
                .body("{\"electionSessionId\":\"" + s.election() + "\",\"unitIds\":[\"" + CUC_BTTP + "\"]}")
                .post("/api/v1/cluster-proposals").then().statusCode(201).extract().path("dossiers[0].nominationId");
        // Another elected unit submits its own dossier on the same election: two proposals, quota one → FAIL.
        String second = Tokens.as("unit-officer", CUC_QLTHADS).contentType(ContentType.JSON)
                .body("{\"nomineeUnitId\":\"%s\",\"awardTypeId\":\"%s\",\"periodId\":\"%s\",\"achievements\":\"Dẫn đầu Cụm\",\"electionSessionId\":\"%s\"}"
                        .formatted(CUC_QLTHADS, NominationFixtures.CO_NGANH, s.period(), s.election()))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        assertThat(flagVerdict(second)).isEqualTo("FAIL");

        // Only the unit's head withdraws, with a reason; another unit does not see the dossier.
        withdraw("unit-officer", CUC_BTTP, proposed, "{\"reason\":\"Đơn vị xin rút\"}").then().statusCode(403);
        withdraw("unit-head", CUC_QLTHADS, proposed, "{\"reason\":\"Đơn vị xin rút\"}").then().statusCode(404);
        withdraw("unit-head", CUC_BTTP, proposed, "{\"reason\":\" \"}").then().statusCode(400);
        withdraw("unit-head", CUC_BTTP, proposed, "{\"reason\":\"Đơn vị xin rút để nhường Cụm\"}").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("allowedActions", hasSize(0));
        Tokens.as("unit-head", CUC_BTTP).get("/api/v1/nominations/" + proposed + "/history").then()
                .body("find { it.action == 'withdraw' }.reason", equalTo("Đơn vị xin rút để nhường Cụm"));
        withdraw("unit-head", CUC_BTTP, proposed, "{\"reason\":\"lần nữa\"}").then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN"));

        // The withdrawn dossier no longer counts: the other unit's flag passes the quota of one.
        assertThat(flagVerdict(second)).isEqualTo("PASS");
        Tokens.as("viewer").get("/api/v1/cluster-quotas/" + s.cluster()).then()
                .body("find { it.awardTypeCode == 'CO_NGANH' }.proposed", equalTo(0));
    }

    @Test
    void shouldLetTheSecretariatDiscardOnlyADraftLeftOverFromAnEndedPeriod() {
        String past = Tokens.as("unit-officer", DemoIds.CUC_TGPL).contentType(ContentType.JSON)
                .body("{\"nomineeUnitId\":\"%s\",\"awardTypeId\":\"%s\",\"periodId\":\"%s\",\"achievements\":\"Bản nháp bỏ quên\"}"
                        .formatted(DemoIds.CUC_TGPL, NominationFixtures.CO_NGANH, DemoIds.PERIOD_2019))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        Scene s = scene(2075);
        String current = Tokens.as("unit-officer", CUC_BTTP).contentType(ContentType.JSON)
                .body("{\"nomineeUnitId\":\"%s\",\"awardTypeId\":\"%s\",\"periodId\":\"%s\",\"achievements\":\"Đang soạn\"}"
                        .formatted(CUC_BTTP, NominationFixtures.CO_NGANH, s.period()))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        Tokens.as("unit-head", DemoIds.CUC_TGPL).contentType(ContentType.JSON).body("{\"reason\":\"Quá hạn\"}")
                .post("/api/v1/nominations/" + past + "/discard").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kỳ đã kết thúc\"}")
                .post("/api/v1/nominations/" + current + "/discard").then().statusCode(409)
                .body("detail", containsString("kết thúc quá một năm"));
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Bản nháp của kỳ 2019 không được nộp\"}")
                .post("/api/v1/nominations/" + past + "/discard").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void shouldKeepAUnitInOneClusterOfAKindPerPeriod() {
        String body = "{\"periodId\":\"%s\",\"name\":\"Cụm trùng\",\"kind\":\"%s\",\"memberUnitIds\":[\"%s\"]}";
        // Cục PBGDPL&TGPL is in Cụm III 2026 (a CUM): a second CUM of 2026 is refused, naming the other cluster.
        Tokens.as("secretariat").contentType(ContentType.JSON).body(body.formatted(DemoIds.PERIOD_2026, "CUM", DemoIds.CUC_PBGDPL_TGPL))
                .post("/api/v1/clusters").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Cụm thi đua số III"));
        // A block (KHOI) of another kind is allowed, and so is the same unit's CUM in another period.
        Tokens.as("secretariat").contentType(ContentType.JSON).body(body.formatted(DemoIds.PERIOD_2026, "KHOI", DemoIds.CUC_PBGDPL_TGPL))
                .post("/api/v1/clusters").then().statusCode(201);
        Tokens.as("secretariat").contentType(ContentType.JSON).body(body.formatted(DemoIds.PERIOD_2020, "CUM", CUC_BTTP))
                .post("/api/v1/clusters").then().statusCode(409); // Cục BTTP is in Cụm III 2020
    }

    static io.restassured.response.Response withdraw(String role, UUID unit, String dossier, String body) {
        return Tokens.as(role, unit).contentType(ContentType.JSON).body(body).post("/api/v1/nominations/" + dossier + "/withdraw");
    }

    static String flagVerdict(String dossier) {
        return Tokens.as("secretariat").get("/api/v1/nominations/" + dossier + "/eligibility").then().statusCode(200)
                .extract().path("rules.find { it.ruleId == 'R-CO-NGANH' }.verdict");
    }
}
