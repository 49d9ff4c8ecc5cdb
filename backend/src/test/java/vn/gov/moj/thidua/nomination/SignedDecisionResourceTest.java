package vn.gov.moj.thidua.nomination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.TestPki;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The sign-and-return flow played by an attacker: every forged, altered, foreign or untrusted signed copy of a
 * decision is refused with nothing stored; only the produced PDF signed by the decision's signer under the trust list
 * is accepted, its signer recorded.
 */
@QuarkusTest
class SignedDecisionResourceTest {

    /** Sở Tư pháp tỉnh Lào Cai: its third person's dossier is decided here. */
    static final java.util.UUID STP_LAO_CAI = DemoIds.id(303);

    static TestPki.Ca trustedCa;
    static TestPki.Signer minister;
    static String decision;
    static byte[] produced;

    @BeforeAll
    static void trustACaAndIssueADecision() throws Exception {
        trustedCa = TestPki.ca("CA kiểm thử được tin cậy");
        trustedCa.trust(Path.of("target/test-trust-anchors"));
        minister = trustedCa.issue("Nguyễn Văn Bộ");
    }

    private static String decision() {
        if (decision == null) {
            String dossier = NominationFixtures.decidedDossier(STP_LAO_CAI, 2, "772/QĐ-BTP");
            decision = Tokens.as("secretariat").get("/api/v1/nominations/" + dossier).then().extract().path("decisionId");
            produced = Tokens.as("secretariat").get("/api/v1/decisions/" + decision + "/list").then().statusCode(200).extract().asByteArray();
        }
        return decision;
    }

    private static ValidatableResponse upload(byte[] pdf) {
        return Tokens.as("secretariat").header("Accept-Language", "vi").multiPart("file", "quyet-dinh-ky.pdf", pdf, "application/pdf")
                .post("/api/v1/decisions/" + decision() + "/signed-documents").then();
    }

    private static void refused(byte[] pdf, String reason) {
        upload(pdf).statusCode(422).contentType("application/problem+json").body("type", containsString("signature-refused"))
                .body("detail", containsString(reason));
    }

    @Test
    void anUnsignedCopyIsRefused() {
        decision();
        refused(produced, "không có chữ ký số");
    }

    @Test
    void aByteChangedAfterSigningIsRefused() throws Exception {
        decision();
        byte[] signed = minister.sign(produced);
        byte[] altered = signed.clone();
        String text = new String(altered, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        int i = at + "/Producer".length();
        while (altered[i] == ' ' || altered[i] == '(' || altered[i] == '<') {
            i++;
        }
        altered[i] = (byte) (altered[i] == 'F' ? 'E' : altered[i] == '9' ? '8' : altered[i] + 1 > 'z' ? 'a' : altered[i] + 1);
        refused(altered, "toàn vẹn");
    }

    @Test
    void contentAppendedAfterSigningIsRefused() throws Exception {
        decision();
        byte[] signed = minister.sign(produced);
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("\n% appended\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 12);
        refused(appended, "bao trùm toàn bộ tệp");
    }

    @Test
    void aSignerOfASelfMadeCaIsRefused() throws Exception {
        decision();
        TestPki.Signer forger = TestPki.ca("CA tự lập").issue("Nguyễn Văn Bộ");
        refused(forger.sign(produced), "không thuộc danh sách tổ chức chứng thực được tin cậy");
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        decision();
        Instant now = Instant.now();
        TestPki.Signer expired = trustedCa.issue("Nguyễn Văn Bộ", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
        upload(expired.sign(produced)).statusCode(422).body("type", containsString("signature-refused"));
    }

    @Test
    void aDocumentThiDuaDidNotProduceIsRefused() throws Exception {
        decision();
        byte[] other = DecisionDocuments.pdf(DecisionDocumentsTest.decision("ISSUED", null, java.util.List.of()), vn.gov.moj.thidua.common.document.PdfRendererFooterTest.ANCHOR);
        refused(minister.sign(other), "không phải là văn bản ThiĐua đã tạo");
    }

    @Test
    void anotherSignerThanTheDecisionsIsRefused() throws Exception {
        decision();
        refused(trustedCa.issue("Trần Thị Khác").sign(produced), "không phải người có thẩm quyền ký");
    }

    @Test
    void theProducedPdfSignedByTheDecisionsSignerIsAcceptedAndRecorded() throws Exception {
        decision();
        Tokens.as("unit-head", STP_LAO_CAI).multiPart("file", "x.pdf", produced, "application/pdf")
                .post("/api/v1/decisions/" + decision + "/signed-documents").then().statusCode(403);
        Tokens.as("viewer").get("/api/v1/decisions/" + decision + "/signed-documents").then().statusCode(200).body("$", hasSize(0));
        Tokens.as("viewer").get("/api/v1/decisions/" + decision).then().statusCode(200).body("signed", equalTo(false));
        upload(minister.sign(produced)).statusCode(201).body("signerName", equalTo("Nguyễn Văn Bộ"))
                .body("signerOrganisation", equalTo("Bộ Tư pháp")).body("signerIssuer", containsString("CA kiểm thử được tin cậy"))
                .body("signerSerial", org.hamcrest.Matchers.notNullValue())
                .body("indication", equalTo("TOTAL_PASSED")).body("signatures", equalTo(1)).body("uploadedBy", equalTo("secretariat"));
        Tokens.as("viewer").get("/api/v1/decisions/" + decision + "/signed-documents").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].signerName", equalTo("Nguyễn Văn Bộ")).body("[0].producedSha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        // the decision and the list say it is signed, without a request per decision (issue 17)
        Tokens.as("viewer").get("/api/v1/decisions/" + decision).then().statusCode(200).body("signed", equalTo(true));
        Tokens.as("viewer").queryParam("size", 200).get("/api/v1/decisions").then().statusCode(200)
                .body("items.find { it.id == '" + decision + "' }.signed", equalTo(true));
    }
}
