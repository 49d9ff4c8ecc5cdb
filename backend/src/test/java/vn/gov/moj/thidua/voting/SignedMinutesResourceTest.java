package vn.gov.moj.thidua.voting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.gov.moj.thidua.support.TestPki;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The minutes' sign-and-return flow, the same mechanism as a decision's: only the minutes ThiĐua produced, signed under
 * the trust list by a council member present at the session, are accepted and shown with the session; anything else is
 * refused in Vietnamese with nothing stored.
 */
@QuarkusTest
class SignedMinutesResourceTest {

    static TestPki.Ca ca;
    static TestPki.Signer chair;
    static UUID session;
    static byte[] produced;

    @BeforeAll
    static void trustACa() throws Exception {
        ca = TestPki.ca("CA kiểm thử biên bản");
        ca.trust(Path.of("target/test-trust-anchors"));
        chair = ca.issue("Nguyễn Thị Chủ Trì");
    }

    /** A paper council review of four members, three present, tallied by the secretariat. */
    private static UUID session() {
        if (session == null) {
            UUID a = UUID.randomUUID();
            session = Tokens.as("secretariat").contentType(ContentType.JSON)
                    .body("{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Hội đồng xét Bằng khen\",\"sessionDate\":\"2026-11-20\",\"mode\":\"PAPER\","
                            + "\"rules\":{\"threshold\":\"1/2\",\"base\":\"VOTES_CAST\",\"seats\":1,\"maxChoices\":1},"
                            + "\"candidates\":[{\"kind\":\"NOMINATION\",\"ref\":\"" + a + "\",\"label\":\"Hồ sơ A\"}],\"electorate\":["
                            + "{\"key\":\"m1\",\"label\":\"Nguyễn Thị Chủ Trì\"},{\"key\":\"m2\",\"label\":\"Lê Văn Thư Ký\"},"
                            + "{\"key\":\"m3\",\"label\":\"Phạm Văn Ủy Viên\"},{\"key\":\"m4\",\"label\":\"Trần Văn Vắng\"}]}")
                    .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
            String base = "/api/v1/voting-sessions/" + session;
            Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"present\":[\"m1\",\"m2\",\"m3\"]}").post(base + "/open").then()
                    .statusCode(200);
            Tokens.as("secretariat").post(base + "/close").then().statusCode(200);
            Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"ballotsIssued\":3,\"ballotsReceived\":3,\"validBallots\":3,"
                    + "\"invalidBallots\":0,\"counts\":[{\"candidateRef\":\"" + a + "\",\"yes\":3,\"no\":0}]}").post(base + "/paper-tally").then()
                    .statusCode(200);
            produced = Tokens.as("secretariat").get(base + "/minutes").then().statusCode(200).extract().asByteArray();
        }
        return session;
    }

    private static ValidatableResponse upload(String role, byte[] pdf) {
        return Tokens.as(role).header("Accept-Language", "vi").multiPart("file", "bien-ban-ky.pdf", pdf, "application/pdf")
                .post("/api/v1/voting-sessions/" + session() + "/signed-minutes").then();
    }

    private static void refused(byte[] pdf, String reason) {
        upload("secretariat", pdf).statusCode(422).contentType("application/problem+json").body("type", containsString("signature-refused"))
                .body("detail", containsString(reason));
    }

    @Test
    void unsignedForeignOrWronglySignedMinutesAreRefused() throws Exception {
        session();
        refused(produced, "không có chữ ký số");
        refused(TestPki.ca("CA tự lập").issue("Nguyễn Thị Chủ Trì").sign(produced), "không thuộc danh sách tổ chức chứng thực được tin cậy");
        refused(ca.issue("Trần Văn Vắng").sign(produced), "không phải người có thẩm quyền ký");
        byte[] other = TestPki.minimalPdf();
        refused(chair.sign(other), "không phải là văn bản ThiĐua đã tạo");
        upload("secretariat", "not a pdf".getBytes()).statusCode(415).contentType("application/problem+json");
        Tokens.as("viewer").get("/api/v1/voting-sessions/" + session + "/signed-minutes").then().statusCode(404);
        Tokens.as("secretariat").get("/api/v1/voting-sessions/" + session + "/signed-minutes").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theProducedMinutesSignedByAPresentMemberAreAcceptedAndShownWithTheSession() throws Exception {
        session();
        upload("viewer", produced).statusCode(403);
        Tokens.as("secretariat").get("/api/v1/voting-sessions/" + session).then().statusCode(200).body("signedMinutes", nullValue());
        upload("secretariat", chair.sign(produced)).statusCode(201).body("signerName", equalTo("Nguyễn Thị Chủ Trì"))
                .body("kind", equalTo("MINUTES")).body("indication", equalTo("TOTAL_PASSED"));
        Tokens.as("secretariat").get("/api/v1/voting-sessions/" + session).then().statusCode(200)
                .body("signedMinutes.signerName", equalTo("Nguyễn Thị Chủ Trì")).body("signedMinutes.indication", equalTo("TOTAL_PASSED"));
        Tokens.as("secretariat").get("/api/v1/voting-sessions/" + session + "/signed-minutes").then().statusCode(200).body("$", hasSize(1));
        Tokens.as("secretariat").get("/api/v1/voting-sessions/" + session + "/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("sign-minutes"));
    }
}
