package vn.gov.moj.thidua.scoring;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thidua.support.DemoIds.CUC_DKGDBD_BTNN;
import static vn.gov.moj.thidua.support.DemoIds.CUC_HCTP;
import static vn.gov.moj.thidua.support.DemoIds.CUC_PBGDPL_TGPL;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.Tokens;

/** Evidence as a file: the dossier upload checks, listed on the criterion, readable where the sheet is, deleted when left out. */
@QuarkusTest
class EvidenceFileResourceTest {

    static final String SHEETS = "/api/v1/score-sheets/";
    static final byte[] PDF = "%PDF-1.4 bien ban kiem tra".getBytes();

    @Test
    void aUnitAttachesAScanAsEvidenceAndRemovesItByLeavingItOut() {
        var world = ScoringFixtures.world("2048", List.of(CUC_DKGDBD_BTNN, CUC_HCTP, CUC_PBGDPL_TGPL));
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), CUC_PBGDPL_TGPL);
        String base = SHEETS + sheet + "/evidence-files";

        String fileId = Tokens.as("unit-officer", CUC_PBGDPL_TGPL).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .multiPart("criterionCode", "A.1")
                .multiPart(new MultiPartSpecBuilder("Biên bản kiểm tra hồ sơ").controlName("label").charset("UTF-8").build())
                .multiPart("file", "bien-ban.pdf", PDF, "application/pdf")
                .post(base).then().statusCode(201)
                .body("sections[0].criteria[0].evidence", hasSize(1))
                .body("sections[0].criteria[0].evidence[0].label", equalTo("Biên bản kiểm tra hồ sơ"))
                .extract().path("sections[0].criteria[0].evidence[0].fileId");
        String url = base + "/" + fileId;
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).get(SHEETS + sheet).then().statusCode(200)
                .body("sections[0].criteria[0].evidence[0].url", equalTo(url));

        // the unit reads it back; another unit does not see a draft sheet's files
        byte[] back = Tokens.as("unit-head", CUC_PBGDPL_TGPL).get(url).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"bien-ban.pdf\"")).extract().asByteArray();
        org.assertj.core.api.Assertions.assertThat(back).isEqualTo(PDF);
        Tokens.as("unit-officer", CUC_HCTP).get(url).then().statusCode(404);

        // an upload with a stale version, of a disguised type, or for no criterion is refused in Vietnamese, nothing kept
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).header("If-Match", "\"0\"")
                .multiPart("criterionCode", "A.1").multiPart("file", "b.pdf", PDF, "application/pdf")
                .post(base).then().statusCode(412);
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .multiPart("criterionCode", "A.1").multiPart("file", "virus.pdf", new byte[] { 77, 90, 1, 2 }, "application/pdf")
                .post(base).then().statusCode(415).body("title", equalTo("Loại tệp không được hỗ trợ"));
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .multiPart("criterionCode", "Z.9").multiPart("file", "b.pdf", PDF, "application/pdf")
                .post(base).then().statusCode(400).body("errors[0].field", equalTo("criterionCode"))
                .body("detail", equalTo("Mã tiêu chí: Bảng tiêu chí không có tiêu chí Z.9."));
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).get(SHEETS + sheet).then()
                .body("sections[0].criteria[0].evidence", hasSize(1));

        // a save may keep the file, but may not claim a file of another criterion; leaving it out deletes it
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":1,\"evidence\":[{\"label\":\"x\",\"url\":\"x\",\"fileId\":\"" + fileId + "\"}]}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(400).body("errors[0].field", equalTo("entries[0].evidence[0]"));
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .body("{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":97,\"evidence\":[{\"label\":\"Biên bản\",\"url\":\"ignored\",\"fileId\":\"" + fileId + "\"}]}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(200)
                .body("sections[0].criteria[0].evidence[0].url", equalTo(url))
                .body("sections[0].criteria[0].evidence[0].label", equalTo("Biên bản"));
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .body("{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":97,\"evidence\":[]}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(200)
                .body("sections[0].criteria[0].evidence", hasSize(0))
                .body("sections[0].criteria[0].evidence[0]", nullValue());
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).get(url).then().statusCode(404);
    }
}
