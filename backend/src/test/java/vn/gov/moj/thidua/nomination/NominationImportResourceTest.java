package vn.gov.moj.thidua.nomination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** A unit drafts dossiers from a list of nominees, all or nothing. */
@QuarkusTest
class NominationImportResourceTest {

    static final String HEADER = "awardType,period,personId,nomineeUnitId,achievements\n";

    private static io.restassured.response.Response upload(String role, String csv) {
        return Tokens.as(role, NominationFixtures.XA_HUU_LUNG).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/nominations/imports");
    }

    private static int drafts() {
        return Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).queryParam("status", "DRAFT").queryParam("size", 1)
                .get("/api/v1/nominations").then().statusCode(200).extract().path("total");
    }

    @Test
    void shouldDraftOneDossierPerRowForTheCallersUnit() {
        String csv = HEADER + "LDTT,2025," + DemoIds.PERSON_PAO + ",,Hoàn thành tốt nhiệm vụ\n"
                + "\n"
                + "TTLDTT;2025;;" + NominationFixtures.XA_HUU_LUNG + ";\"Tập thể hoàn thành tốt nhiệm vụ, đoàn kết\"\n";
        String id = upload("unit-officer", csv).then().statusCode(200)
                .body("imported", equalTo(2)).body("rows.row", hasItems(2, 4)).body("rows[0].nominee", equalTo("Hoàng Văn Páo"))
                .body("rows.awardTypeCode", hasItems("LDTT", "TTLDTT"))
                .extract().path("rows[1].nominationId");
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("nomineeUnitId", equalTo(NominationFixtures.XA_HUU_LUNG.toString()))
                .body("achievements", equalTo("Tập thể hoàn thành tốt nhiệm vụ, đoàn kết"));
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id + "/history").then().statusCode(200)
                .body("action", hasItems("create"));
    }

    @Test
    void shouldRejectTheWholeFileListingEveryBadRow() {
        int before = drafts();
        String csv = HEADER + "LDTT,2025," + DemoIds.PERSON_PAO + ",,Hoàn thành tốt nhiệm vụ\n"
                + "KHONG_CO,2025," + DemoIds.PERSON_PAO + ",,x\n"
                + "LDTT,2025," + DemoIds.PERSON_NHUNG + ",,Người của đơn vị khác\n"
                + "LDTT,1990," + DemoIds.PERSON_PAO + ",,x\n"
                + "TTLDTT,2025," + DemoIds.PERSON_PAO + ",,Tập thể mà ghi cá nhân\n"
                + "LDTT,2025,abc,,\n"
                + "LDTT,2025," + DemoIds.PERSON_PAO + ",,Trùng dòng 2\n";
        upload("unit-officer", csv).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/import-rejected")).body("detail", containsString("Chưa nhập dữ liệu nào"))
                .body("errors.field", hasItems("rows[3].awardType", "rows[4].personId", "rows[5].period", "rows[6].nomineeUnitId",
                        "rows[7].personId", "rows[7].achievements", "rows[8].personId"))
                .body("errors.size()", equalTo(7));
        org.assertj.core.api.Assertions.assertThat(drafts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseABadFileAndOtherRoles() {
        upload("unit-officer", "name,year\nx,2025\n").then().statusCode(422).body("errors.field", hasItems("rows[1].header"));
        upload("unit-officer", HEADER).then().statusCode(422).body("errors.field", hasItems("rows[2].awardType"));
        Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG).contentType(AwardImport.XLSX).body(new byte[] { 1, 2, 3 })
                .post("/api/v1/nominations/imports").then().statusCode(415); // not a workbook by its first bytes
        upload("secretariat", HEADER + "LDTT,2025," + DemoIds.PERSON_PAO + ",,x\n").then().statusCode(403);
        upload("viewer", HEADER + "LDTT,2025," + DemoIds.PERSON_PAO + ",,x\n").then().statusCode(403);
    }
}
