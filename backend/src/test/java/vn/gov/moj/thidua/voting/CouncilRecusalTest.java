package vn.gov.moj.thidua.voting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.moj.thidua.voting.VotingFixtures.base;

import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Recusal in the council's voting (issue 19): a member whose unit proposes an item, who is its nominee, or who declared a
 * conflict is left out of the item's electorate, quorum and base, and cannot mark it; the others vote as before.
 */
@QuarkusTest
class CouncilRecusalTest {

    /** Demo dossier 420001: proposed by unit 0201 for its person 7001. */
    private static final UUID DOSSIER = DemoIds.id(420001);
    private static final UUID UNIT_ITEM = DemoIds.CUC_HCTP;

    private static RequestSpecification member(String key) {
        return RestAssured.given().auth().oauth2(Tokens.token(key, "council-member", null)).contentType(ContentType.JSON);
    }

    private static String marks(Map<UUID, String> choices) {
        return "{\"choices\":[" + String.join(",", choices.entrySet().stream()
                .map(e -> "{\"candidateRef\":\"" + e.getKey() + "\",\"choice\":\"" + e.getValue() + "\"}").toList()) + "]}";
    }

    private static Response cast(String key, Map<UUID, String> choices) {
        return member(key).body(marks(choices)).post(base(session) + "/ballots");
    }

    private static UUID session;

    @Test
    void recusedMembersAreLeftOutOfTheItemAndTheOthersVote() throws Exception {
        String electorate = "{\"key\":\"r1\",\"label\":\"Thành viên đơn vị đề nghị\",\"unitId\":\"" + DemoIds.CUC_PBGDPL_TGPL + "\"},"
                + "{\"key\":\"r2\",\"label\":\"Người được đề nghị\",\"personId\":\"" + DemoIds.PERSON_NHUNG + "\"},"
                + "{\"key\":\"r3\",\"label\":\"Thành viên Cục HCTP\",\"unitId\":\"" + UNIT_ITEM + "\"},"
                + "{\"key\":\"r4\",\"label\":\"Thành viên bốn\"},{\"key\":\"r5\",\"label\":\"Thành viên năm\"}";
        session = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Hội đồng xét hồ sơ (tránh xung đột lợi ích)\",\"sessionDate\":\"2026-11-20\","
                        + "\"rules\":{\"quorum\":\"2/3\",\"threshold\":\"1/2\",\"base\":\"ALL_MEMBERS\",\"seats\":2,\"maxChoices\":2},"
                        + "\"candidates\":[{\"kind\":\"NOMINATION\",\"ref\":\"" + DOSSIER + "\",\"label\":\"Hồ sơ 420001\"},"
                        + "{\"kind\":\"UNIT\",\"ref\":\"" + UNIT_ITEM + "\",\"label\":\"Cục Hành chính tư pháp\"}],\"electorate\":[" + electorate + "]}")
                .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"present\":[\"r1\",\"r2\",\"r3\",\"r4\",\"r5\"]}")
                .post(base(session) + "/open").then().statusCode(200)
                .body("recusals", hasSize(3))
                .body("recusals.find { it.voterKey == 'r1' }.reason", equalTo("OWN_UNIT"))
                .body("recusals.find { it.voterKey == 'r2' }.reason", equalTo("NOMINEE"))
                .body("recusals.find { it.voterKey == 'r3' }.candidateRef", equalTo(UNIT_ITEM.toString()));

        // the proposing unit's member may not mark the dossier, in Vietnamese; leaving it out is a valid ballot
        cast("r1", Map.of(DOSSIER, "YES", UNIT_ITEM, "YES")).then().statusCode(403)
                .body("type", equalTo("/problems/recused")).body("detail", containsString("xung đột lợi ích"));
        cast("r1", Map.of(UNIT_ITEM, "YES")).then().statusCode(201);
        cast("r2", Map.of(DOSSIER, "NO")).then().statusCode(403);
        cast("r2", Map.of(UNIT_ITEM, "YES")).then().statusCode(201);
        // a member not recused from an item must still mark it
        cast("r3", Map.of()).then().statusCode(400);
        cast("r3", Map.of(DOSSIER, "YES")).then().statusCode(201);

        // a council member not named in the session does not see it: 404 (not 403), the reason in Vietnamese (issue 19)
        Tokens.as("council-member").contentType(ContentType.JSON).body(marks(Map.of(UNIT_ITEM, "YES"))).post(base(session) + "/ballots")
                .then().statusCode(404).body("detail", equalTo("Phiên bỏ phiếu " + session + " không tồn tại hoặc bạn không có quyền xem."));
        Tokens.as("council-member").header("Accept-Language", "en").contentType(ContentType.JSON).body(marks(Map.of(UNIT_ITEM, "YES")))
                .post(base(session) + "/ballots").then().statusCode(404).body("detail", containsString("Voting session " + session));
        // the secretariat runs the session and sees it, but is not in its electorate: 403 with the reason in Vietnamese
        Tokens.as("secretariat").contentType(ContentType.JSON).body(marks(Map.of(UNIT_ITEM, "YES"))).post(base(session) + "/ballots")
                .then().statusCode(403);
        // a declared conflict: only by a member of the session, once, before casting; audited
        Tokens.as("council-member").contentType(ContentType.JSON).body("{\"candidateRef\":\"" + UNIT_ITEM + "\",\"reason\":\"x\"}")
                .post(base(session) + "/conflicts").then().statusCode(404);
        member("r4").body("{\"candidateRef\":\"" + UUID.randomUUID() + "\",\"reason\":\"Người thân\"}")
                .post(base(session) + "/conflicts").then().statusCode(400);
        member("r4").body("{\"candidateRef\":\"" + UNIT_ITEM + "\",\"reason\":\"Vợ tôi công tác tại Cục\"}")
                .post(base(session) + "/conflicts").then().statusCode(200)
                .body("recusals.find { it.voterKey == 'r4' }.reason", equalTo("DECLARED"))
                .body("recusals.find { it.voterKey == 'r4' }.note", equalTo("Vợ tôi công tác tại Cục"));
        member("r4").body("{\"candidateRef\":\"" + UNIT_ITEM + "\",\"reason\":\"lần hai\"}")
                .post(base(session) + "/conflicts").then().statusCode(409);
        cast("r4", Map.of(DOSSIER, "YES", UNIT_ITEM, "NO")).then().statusCode(403);
        cast("r4", Map.of(DOSSIER, "YES")).then().statusCode(201);
        // a member with no conflict votes on every item, and cannot declare one after voting
        cast("r5", Map.of(DOSSIER, "NO", UNIT_ITEM, "NO")).then().statusCode(201);
        member("r5").body("{\"candidateRef\":\"" + DOSSIER + "\",\"reason\":\"muộn\"}").post(base(session) + "/conflicts").then().statusCode(409);
        Tokens.as("secretariat").get(base(session) + "/history").then().statusCode(200).body("action", hasItem("declare-conflict"));

        Tokens.as("secretariat").post(base(session) + "/close").then().statusCode(200);
        // The dossier: 2 YES (r3, r4) of the 3 members not recused: passes 1/2 (2 of 5 would not).
        // The unit: 2 YES (r1, r2) of the 3 not recused (r3 by unit, r4 declared): passes.
        Tokens.as("secretariat").post(base(session) + "/tally").then().statusCode(200);
        Tokens.as("secretariat").get(base(session) + "/result").then().statusCode(200)
                .body("tally.candidates.find { it.ref == '" + DOSSIER + "' }.yes", equalTo(2))
                .body("tally.candidates.find { it.ref == '" + DOSSIER + "' }.passed", equalTo(true))
                .body("tally.candidates.find { it.ref == '" + UNIT_ITEM + "' }.passed", equalTo(true))
                .body("tally.recusedItems.find { it.ref == '" + DOSSIER + "' }.electorate", equalTo(3))
                .body("tally.recusedItems.find { it.ref == '" + DOSSIER + "' }.baseCount", equalTo(3))
                .body("tally.recusedItems.find { it.ref == '" + UNIT_ITEM + "' }.recused", equalTo(2))
                .body("recusals", hasSize(4));
        byte[] pdf = Tokens.as("secretariat").get(base(session) + "/minutes").then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text).contains("xung đột lợi ích", "Hồ sơ 420001: Thành viên đơn vị đề nghị",
                    "Người được đề nghị (thành viên là người được đề nghị)", "tự khai báo xung đột lợi ích: Vợ tôi công tác tại Cục",
                    "Số thành viên tham gia biểu quyết: 3, có mặt: 3");
        }
    }
}
