package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Printing certificates: a reprint from the ledger for its unit and the secretariat only, and every awardee of a decision. */
@QuarkusTest
class CertificateResourceTest {

    /** Demo award 410001: LDTT 2023 of Nguyễn Thị Hồng Nhung, now of Cục PBGDPL&TGPL. */
    static final String NHUNG_LDTT = "/api/v1/awards/" + DemoIds.id(410001) + "/certificate";

    /** Sở Tư pháp tỉnh Cao Bằng: its second person's dossier is decided here. */
    static final java.util.UUID STP_CAO_BANG = DemoIds.id(302);

    @Test
    void theSecretariatAndTheAwardeesUnitReprintALedgerRowsCertificate() throws Exception {
        byte[] pdf = Tokens.as("secretariat").get(NHUNG_LDTT).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("Giay-chung-nhan-Nguyen-Thi-Hong-Nhung-2023.pdf"))
                .extract().asByteArray();
        assertThat(CertificatePdfTest.text(pdf)).contains("GIẤY CHỨNG NHẬN", "Ông/Bà Nguyễn Thị Hồng Nhung",
                "Đạt danh hiệu Lao động tiên tiến năm 2023", "Quyết định số 15/QĐ-TGPL ngày 10/01/2024", "CỤC TRƯỞNG CỤC TRỢ GIÚP PHÁP LÝ");
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get(NHUNG_LDTT).then().statusCode(200);
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).get(NHUNG_LDTT).then().statusCode(200);
    }

    @Test
    void anotherUnitOrAReaderRoleCannotPrintIt() {
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).header("Accept-Language", "vi").get(NHUNG_LDTT).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("của đơn vị mình"));
        Tokens.as("viewer").get(NHUNG_LDTT).then().statusCode(403);
        Tokens.as("council-member").get(NHUNG_LDTT).then().statusCode(403);
        Tokens.as("secretariat").get("/api/v1/awards/" + DemoIds.id(999999) + "/certificate").then().statusCode(404);
    }

    @Test
    void everyAwardeeOfADecisionPrintsAsOnePdfOrAZip() throws Exception {
        String dossier = NominationFixtures.decidedDossier(STP_CAO_BANG, 1, "771/QĐ-BTP");
        String decision = Tokens.as("secretariat").get("/api/v1/nominations/" + dossier).then().extract().path("decisionId");
        String path = "/api/v1/decisions/" + decision + "/certificates";

        byte[] pdf = Tokens.as("secretariat").get(path).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("bang-khen-771-QD-BTP.pdf")).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(CertificatePdfTest.text(pdf)).contains("GIẤY CHỨNG NHẬN", "BỘ TRƯỞNG BỘ TƯ PHÁP", "Nguyễn Văn Bộ",
                "Quyết định số 771/QĐ-BTP ngày 25/03/2026");

        byte[] zip = Tokens.as("admin").queryParam("format", "zip").get(path).then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(new String(in.readAllBytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(1).allMatch(n -> n.startsWith("001-Giay-chung-nhan-") && n.endsWith("-2025.pdf"));

        Tokens.as("secretariat").queryParam("format", "docx").get(path).then().statusCode(400);
        Tokens.as("unit-head", STP_CAO_BANG).get(path).then().statusCode(403);
        Tokens.as("secretariat").get("/api/v1/decisions/" + DemoIds.id(999999) + "/certificates").then().statusCode(404);
    }
}
