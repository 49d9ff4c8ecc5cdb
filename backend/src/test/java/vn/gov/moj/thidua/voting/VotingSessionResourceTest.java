package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.moj.thidua.voting.VotingFixtures.CUM_III_2026;
import static vn.gov.moj.thidua.voting.VotingFixtures.base;
import static vn.gov.moj.thidua.voting.VotingFixtures.ballot;
import static vn.gov.moj.thidua.voting.VotingFixtures.castAsHead;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

@QuarkusTest
class VotingSessionResourceTest {

    private static final UUID HEAD = DemoIds.CUC_DKGDBD_BTNN;
    private static final UUID DEPUTY = DemoIds.CUC_HCTP;
    private static final UUID MEMBER = DemoIds.CUC_PBGDPL_TGPL;

    @Inject
    VotingResults results;

    @Test
    void shouldRunAnElectronicClusterElectionFromDraftToPublished() {
        UUID id = VotingFixtures.clusterElection(",\"rules\":{\"seats\":2,\"maxChoices\":2}");
        // Defaults from R-CO-NGANH in force in 2026; candidates and electorate from the cluster's members.
        Tokens.as("cluster-lead", HEAD).get(base(id)).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("rules.threshold", equalTo("2/3")).body("rules.quorum", equalTo("2/3")).body("rules.base", equalTo("ALL_MEMBERS"))
                .body("rules.selfVoteAllowed", equalTo(false)).body("rules.secret", equalTo(true)).body("rules.seats", equalTo(2))
                .body("candidates.size()", equalTo(6)).body("electorate.size()", equalTo(6)).body("quorumNeeded", equalTo(4))
                .body("allowedActions", contains("edit", "open"));
        // Drafts are hidden from the member units.
        Tokens.as("unit-head", MEMBER).get(base(id)).then().statusCode(404);

        List<UUID> present = CUM_III_2026.subList(0, 5); // Vụ HTQT absent
        VotingFixtures.open(id, present);
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"Đổi\",\"clusterId\":\"" + DemoIds.CUM_III_2026 + "\",\"sessionDate\":\"2026-12-15\"}")
                .put(base(id)).then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("OPEN")).body("allowedActions", contains("cast", "close"));
        Tokens.as("unit-head", MEMBER).get(base(id)).then().statusCode(200)
                .body("callerVoterKey", equalTo(MEMBER.toString())).body("allowedActions", contains("cast"));

        // Valid ballots: 0201 and 0203 vote for 0202 and 0204; 0202 for 0203 and 0204; 0204 for 0202 and 0203.
        String receipt = castAsHead(id, MEMBER, ballot(CUM_III_2026, List.of(HEAD, VotingFixtures.CUC_QLTHADS))).then().statusCode(201)
                .body("receiptCode", org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{10}")).extract().path("receiptCode");
        castAsHead(id, DEPUTY, ballot(CUM_III_2026, List.of(HEAD, VotingFixtures.CUC_QLTHADS))).then().statusCode(201);
        castAsHead(id, HEAD, ballot(CUM_III_2026, List.of(DEPUTY, VotingFixtures.CUC_QLTHADS))).then().statusCode(201);
        castAsHead(id, VotingFixtures.CUC_QLTHADS, ballot(CUM_III_2026, List.of(HEAD, DEPUTY))).then().statusCode(201);

        // Refused, nothing stored.
        castAsHead(id, MEMBER, ballot(CUM_III_2026, List.of(HEAD))).then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("Bạn đã bỏ phiếu ở vòng 1 của phiên này."));
        Tokens.as("unit-head", MEMBER).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(ballot(CUM_III_2026, List.of(HEAD))).post(base(id) + "/ballots").then().statusCode(409)
                .body("detail", containsString("already voted"));
        castAsHead(id, VotingFixtures.CUC_BTTP, ballot(CUM_III_2026, List.of(VotingFixtures.CUC_BTTP))).then().statusCode(400)
                .body("errors.field", hasItem("choices[3].choice"));
        castAsHead(id, VotingFixtures.CUC_BTTP, ballot(CUM_III_2026, List.of(HEAD, DEPUTY, MEMBER))).then().statusCode(400)
                .body("errors.field", hasItem("choices"));
        castAsHead(id, VotingFixtures.CUC_BTTP, "{\"choices\":[{\"candidateRef\":\"" + DemoIds.STP_LANG_SON + "\",\"choice\":\"YES\"}]}")
                .then().statusCode(400).body("errors.field", hasItem("choices[0].candidateRef"));
        castAsHead(id, VotingFixtures.CUC_BTTP, "{\"choices\":[{\"candidateRef\":\"" + HEAD + "\",\"choice\":\"MAYBE\"}]}")
                .then().statusCode(400).contentType("application/problem+json");
        castAsHead(id, VotingFixtures.VU_HTQT, ballot(CUM_III_2026, List.of(HEAD))).then().statusCode(403)
                .body("title", equalTo("Không có quyền")).body("detail", containsString("không có tên trong danh sách có mặt"));
        Tokens.as("unit-head", VotingFixtures.VU_HTQT).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(ballot(CUM_III_2026, List.of(HEAD))).post(base(id) + "/ballots").then().statusCode(403)
                .body("detail", containsString("not recorded present"));
        castAsHead(id, DemoIds.STP_LANG_SON, ballot(CUM_III_2026, List.of(HEAD))).then().statusCode(404);
        Tokens.as("unit-officer", MEMBER).contentType(ContentType.JSON).body(ballot(CUM_III_2026, List.of(HEAD)))
                .post(base(id) + "/ballots").then().statusCode(403);

        Tokens.as("unit-head", MEMBER).get(base(id) + "/turnout").then().statusCode(200)
                .body("voted", equalTo(4)).body("electorate", equalTo(6)).body("present", equalTo(5));
        Tokens.as("unit-head", MEMBER).get(base(id)).then().statusCode(200).body("callerHasVoted", equalTo(true))
                .body("allowedActions.size()", equalTo(0));
        // A lead of another cluster neither sees nor closes it; a member unit's head cannot close it.
        Tokens.as("cluster-lead", DemoIds.STP_LANG_SON).post(base(id) + "/close").then().statusCode(404);
        Tokens.as("unit-head", MEMBER).post(base(id) + "/close").then().statusCode(403);
        Tokens.as("cluster-lead", HEAD).post(base(id) + "/publish").then().statusCode(409)
                .body("allowedActions", contains("cast", "close"));

        VotingFixtures.lead(id, "close");
        castAsHead(id, VotingFixtures.CUC_BTTP, ballot(CUM_III_2026, List.of(HEAD))).then().statusCode(409);
        VotingFixtures.lead(id, "tally");

        // Tallied: the runners see the result, the members not yet.
        Tokens.as("cluster-lead", HEAD).get(base(id) + "/result").then().statusCode(200)
                .body("published", equalTo(false)).body("receiptCodes.size()", equalTo(0))
                .body("tally.ballotsCounted", equalTo(4)).body("tally.baseCount", equalTo(6))
                .body("tally.candidates[0].ref", equalTo(HEAD.toString())).body("tally.candidates[0].yes", equalTo(3))
                .body("tally.candidates[0].passed", equalTo(false)) // 3 of 6 < 2/3
                .body("tally.candidates[1].ref", equalTo(VotingFixtures.CUC_QLTHADS.toString())).body("tally.candidates[1].yes", equalTo(3));
        Tokens.as("unit-head", MEMBER).get(base(id) + "/result").then().statusCode(404);
        assertThat(results.publishedOutcome(id)).isEmpty();

        VotingFixtures.lead(id, "publish");
        Tokens.as("viewer").get(base(id) + "/result").then().statusCode(200)
                .body("published", equalTo(true)).body("receiptCodes.size()", equalTo(4)).body("receiptCodes", hasItem(receipt));
        assertThat(results.publishedOutcome(id)).hasValueSatisfying(o -> {
            assertThat(o.round()).isEqualTo(1);
            assertThat(o.candidates()).hasSize(6).noneMatch(PublishedOutcome.CandidateOutcome::elected);
        });
        Tokens.as("cluster-lead", HEAD).get(base(id) + "/history").then().statusCode(200)
                .body("action", not(hasItem("cast"))).body("action", hasItems("close", "publish"));
    }

    @Test
    void shouldRefuseToOpenWithoutQuorumAndKeepTheDraft() {
        UUID id = VotingFixtures.clusterElection("");
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON)
                .body("{\"present\":[\"" + HEAD + "\",\"" + DEPUTY + "\",\"" + MEMBER + "\"]}")
                .post(base(id) + "/open").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/quorum-not-met")).body("title", equalTo("Chưa đủ số thành viên có mặt"))
                .body("detail", startsWith("Chưa đủ số thành viên có mặt: 3/6 có mặt, cần ít nhất 4"))
                .body("errors[0].field", equalTo("present")).body("errors[0].message", equalTo("3/6 có mặt, cần ít nhất 4"))
                .body("currentState", equalTo("DRAFT")).body("allowedActions", contains("edit", "open"));
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).header("Accept-Language", "en-US,en;q=0.8")
                .body("{\"present\":[\"" + HEAD + "\",\"" + DEPUTY + "\",\"" + MEMBER + "\"]}")
                .post(base(id) + "/open").then().statusCode(409)
                .body("title", equalTo("Quorum not met")).body("detail", containsString("3 of 6 present"))
                .body("detail", containsString("at least 4")).body("errors[0].message", equalTo("3 of 6 present, 4 needed"));
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON)
                .body("{\"present\":[\"" + DemoIds.STP_LANG_SON + "\"]}")
                .post(base(id) + "/open").then().statusCode(400).body("errors.field", hasItem("present[0]"));
        Tokens.as("cluster-lead", HEAD).get(base(id)).then().statusCode(200).body("status", equalTo("DRAFT")).body("present.size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyRunnersOfTheClusterSetUpSessions() {
        String body = "{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"X\",\"clusterId\":\"" + DemoIds.CUM_III_2026 + "\",\"sessionDate\":\"2026-12-15\"}";
        Tokens.as("cluster-lead", DemoIds.STP_LANG_SON).contentType(ContentType.JSON).body(body).post("/api/v1/voting-sessions").then().statusCode(403);
        Tokens.as("cluster-lead", MEMBER).contentType(ContentType.JSON).body(body).post("/api/v1/voting-sessions").then().statusCode(403);
        Tokens.as("unit-head", HEAD).contentType(ContentType.JSON).body(body).post("/api/v1/voting-sessions").then().statusCode(403);
        // The deputy's lead may; a candidate outside the cluster is refused.
        Tokens.as("cluster-lead", DEPUTY).contentType(ContentType.JSON).body(body).post("/api/v1/voting-sessions").then().statusCode(201);
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body(body.replace("}", ",\"candidates\":[{\"kind\":\"UNIT\",\"ref\":\"" + DemoIds.STP_LANG_SON + "\",\"label\":\"STP\"}]}"))
                .post("/api/v1/voting-sessions").then().statusCode(400).body("errors.field", hasItem("candidates[0].ref"));
        // Without rules in the request, the vote rules in force on the session's date decide: 2019 has its own rows
        // (V95, NĐ 91/2017 years), so a 2019 session is set up under them.
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"X\",\"clusterId\":\"" + DemoIds.CUM_III_2019 + "\",\"sessionDate\":\"2019-12-20\"}")
                .post("/api/v1/voting-sessions").then().statusCode(201).body("rules.threshold", equalTo("2/3"))
                .body("rules.base", equalTo("ALL_MEMBERS"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"X\",\"clusterId\":\"" + DemoIds.CUM_III_2026 + "\",\"sessionDate\":\"2026-12-15\",\"status\":\"PUBLISHED\"}")
                .post("/api/v1/voting-sessions").then().statusCode(400).contentType("application/problem+json");
        // Listing: the member unit does not see drafts, the lead does.
        Tokens.as("unit-head", MEMBER).queryParam("size", 200).get("/api/v1/voting-sessions").then().statusCode(200)
                .body("items.status", not(hasItem("DRAFT")));
        Tokens.as("cluster-lead", HEAD).queryParam("size", 200).get("/api/v1/voting-sessions").then().statusCode(200)
                .body("items.id", hasItem(VotingFixtures.DEMO_2026_DRAFT.toString()));
    }

    @Test
    void shouldTallyAPaperCouncilReviewAndStartARoundForATie() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        String electorate = String.join(",", List.of("m1", "m2", "m3", "m4", "m5").stream()
                .map(k -> "{\"key\":\"" + k + "\",\"label\":\"Thành viên " + k + "\"}").toList());
        UUID id = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Hội đồng xét Cờ thi đua\",\"sessionDate\":\"2026-11-20\",\"mode\":\"PAPER\","
                        + "\"rules\":{\"threshold\":\"1/2\",\"base\":\"VOTES_CAST\",\"seats\":1,\"maxChoices\":1},"
                        + "\"candidates\":[{\"kind\":\"NOMINATION\",\"ref\":\"" + a + "\",\"label\":\"Hồ sơ A\"},{\"kind\":\"NOMINATION\",\"ref\":\"" + b
                        + "\",\"label\":\"Hồ sơ B\"},{\"kind\":\"PERSON\",\"ref\":\"" + c + "\",\"label\":\"Ông C\"}],\"electorate\":[" + electorate + "]}")
                .post("/api/v1/voting-sessions").then().statusCode(201).body("rules.quorum", equalTo("2/3")).extract().jsonPath().getUUID("id");
        Tokens.as("cluster-lead", HEAD).get(base(id)).then().statusCode(404);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"present\":[\"m1\",\"m2\",\"m3\",\"m4\"]}").post(base(id) + "/open").then().statusCode(200);
        Tokens.as("council-member").get(base(id)).then().statusCode(404); // not in this electorate
        io.restassured.RestAssured.given().auth().oauth2(Tokens.token("m1", "council-member", null)).contentType(ContentType.JSON)
                .body(ballot(List.of(a, b, c), List.of(a))).post(base(id) + "/ballots").then().statusCode(409); // paper session
        String counts = "\"counts\":[{\"candidateRef\":\"" + a + "\",\"yes\":2,\"no\":2},{\"candidateRef\":\"" + b + "\",\"yes\":2,\"no\":2},"
                + "{\"candidateRef\":\"" + c + "\",\"yes\":0,\"no\":4}]";
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"ballotsIssued\":4,\"ballotsReceived\":4,\"validBallots\":4,\"invalidBallots\":0," + counts + "}")
                .post(base(id) + "/paper-tally").then().statusCode(409).body("allowedActions", contains("close"));
        Tokens.as("secretariat").post(base(id) + "/close").then().statusCode(200);
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"ballotsIssued\":4,\"ballotsReceived\":4,\"validBallots\":3,\"invalidBallots\":0," + counts + "}")
                .post(base(id) + "/paper-tally").then().statusCode(400).body("errors.field", hasItem("validBallots"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"ballotsIssued\":5,\"ballotsReceived\":4,\"validBallots\":4,\"invalidBallots\":0," + counts + "}")
                .post(base(id) + "/paper-tally").then().statusCode(400).body("errors.field", hasItem("ballotsIssued"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"ballotsIssued\":4,\"ballotsReceived\":4,\"validBallots\":4,\"invalidBallots\":0," + counts + "}")
                .post(base(id) + "/paper-tally").then().statusCode(200).body("status", equalTo("TALLIED"))
                .body("allowedActions", contains("publish", "rounds"));
        Tokens.as("secretariat").get(base(id) + "/result").then().statusCode(200)
                .body("tally.tieForLastSeat", equalTo(true)).body("tally.paper", equalTo(true))
                .body("paper.enteredBy", equalTo("secretariat"))
                .body("tally.candidates.findAll { it.tiedForLastSeat }.label", contains("Hồ sơ A", "Hồ sơ B"))
                .body("tally.candidates.findAll { it.elected }.size()", equalTo(0));
        UUID next = Tokens.as("secretariat").contentType(ContentType.JSON).body("{}").post(base(id) + "/rounds").then().statusCode(201)
                .body("round", equalTo(2)).body("status", equalTo("DRAFT")).body("candidates.label", contains("Hồ sơ A", "Hồ sơ B"))
                .body("previousRoundId", equalTo(id.toString())).body("rules.threshold", equalTo("1/2"))
                .extract().jsonPath().getUUID("id");
        assertThat(next).isNotEqualTo(id);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{}").post(base(id) + "/rounds").then().statusCode(409);
    }

    @Test
    void shouldReplayThe2019SceneWithMinutes() throws Exception {
        Tokens.as("viewer").get(base(VotingFixtures.DEMO_2019_CO_NGANH) + "/result").then().statusCode(200)
                .body("published", equalTo(true)).body("mode", equalTo("PAPER")).body("paper.validBallots", equalTo(11))
                .body("tally.candidates.findAll { it.elected }.ref", contains(DemoIds.CUC_TGPL.toString(), DemoIds.id(109).toString(),
                        DemoIds.id(110).toString())); // the units the 2019 report names (demo V69)
        assertThat(results.publishedOutcome(VotingFixtures.DEMO_2019_CO_CP)).hasValueSatisfying(o -> {
            assertThat(o.clusterId()).isEqualTo(DemoIds.CUM_III_2019);
            assertThat(o.candidates()).filteredOn(PublishedOutcome.CandidateOutcome::elected)
                    .extracting(PublishedOutcome.CandidateOutcome::candidateRef).containsExactly(DemoIds.id(109));
        });
        assertThat(results.publishedOutcome(VotingFixtures.DEMO_2026_DRAFT)).isEmpty();
        assertThat(results.publishedOutcome(UUID.randomUUID())).isEmpty();

        byte[] pdf = Tokens.as("unit-officer", DemoIds.STP_LANG_SON).get(base(VotingFixtures.DEMO_2019_CO_NGANH) + "/minutes")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN KIỂM PHIẾU",
                "Hà Nội, ngày 20 tháng 12 năm 2019", "Tổng số thành viên: 11; có mặt: 11; vắng mặt: 0",
                "Số phiếu phát ra: 11", "Cờ thi đua ngành Tư pháp", "Các ứng viên trúng cử (3/3 suất)",
                "1. Cục Trợ giúp pháp lý — 10/11 phiếu đồng ý", "TRƯỞNG BAN KIỂM PHIẾU", "THƯ KÝ");
        Tokens.as("viewer").queryParam("format", "csv").get(base(VotingFixtures.DEMO_2019_CO_NGANH) + "/minutes").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("Thứ hạng,Ứng viên,Đồng ý"))
                .body(containsString("1,Cục Trợ giúp pháp lý,10,1,0,\"90,91%\",Có,Có,Không"));
        Tokens.as("viewer").queryParam("format", "doc").get(base(VotingFixtures.DEMO_2019_CO_NGANH) + "/minutes").then().statusCode(400);
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).get(base(VotingFixtures.DEMO_2026_DRAFT) + "/minutes").then().statusCode(404);
    }

    @Test
    void shouldEditADraftOnlyWithTheCurrentETag() {
        UUID id = VotingFixtures.clusterElection("");
        String body = "{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"Suy tôn (sửa)\",\"clusterId\":\"" + DemoIds.CUM_III_2026
                + "\",\"sessionDate\":\"2026-12-16\",\"rules\":{\"base\":\"PRESENT\",\"threshold\":\"0.8\"}}";
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).body(body).put(base(id)).then().statusCode(428);
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put(base(id)).then().statusCode(412);
        String etag = Tokens.as("cluster-lead", HEAD).get(base(id)).then().statusCode(200).extract().header("ETag");
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).header("If-Match", etag).body(body).put(base(id)).then().statusCode(200)
                .body("title", equalTo("Suy tôn (sửa)")).body("rules.base", equalTo("PRESENT")).body("rules.threshold", equalTo("0.8"))
                .body("rules.quorum", equalTo("2/3")).body("sessionDate", equalTo("2026-12-16"));
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).header("If-Match", "*")
                .body(body.replace("\"0.8\"", "\"3/2\"")).put(base(id)).then().statusCode(400).body("errors.field", hasItem("rules.threshold"));
        Tokens.as("cluster-lead", HEAD).contentType(ContentType.JSON).header("If-Match", "*")
                .body(body.replace("CLUSTER_ELECTION", "COUNCIL_REVIEW")).put(base(id)).then().statusCode(400);
        // A lead of another cluster may not touch it.
        Tokens.as("cluster-lead", DemoIds.STP_LANG_SON).contentType(ContentType.JSON).header("If-Match", "*").body(body).put(base(id))
                .then().statusCode(404);
    }
}
