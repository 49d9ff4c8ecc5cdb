package vn.gov.moj.thidua.nomination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** The awards ledger: history per person and per unit through mergers, all-or-nothing imports, revocation. */
@QuarkusTest
class AwardLedgerResourceTest {

    static final String HEADER = "awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\n";

    private static UUID personOf(UUID unit, int index) {
        return UUID.fromString(Tokens.as("secretariat").queryParam("unitId", unit).queryParam("size", 200).get("/api/v1/people")
                .then().statusCode(200).extract().path("items.id.sort()[" + index + "]"));
    }

    private static int countFor(UUID person) {
        return Tokens.as("viewer").queryParam("personId", person).queryParam("includeRevoked", true).get("/api/v1/awards")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void shouldListAPersonsHistoryWithThreeConsecutiveCstdcsYears() {
        Tokens.as("viewer").queryParam("personId", DemoIds.PERSON_NHUNG).queryParam("awardTypeId", NominationFixtures.CSTDCS)
                .get("/api/v1/awards").then().statusCode(200)
                .body("items.year", hasItems(2023, 2024, 2025)).body("items[0].year", equalTo(2025))
                .body("items[0].personName", equalTo("Nguyễn Thị Hồng Nhung")).body("items[0].source", equalTo("IMPORTED"));
    }

    @Test
    void shouldIncludeThePredecessorsAwardsInAUnitsHistory() {
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).queryParam("unitId", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/awards")
                .then().statusCode(200)
                .body("items.unitName", hasItems("Cục Trợ giúp pháp lý", "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"))
                .body("items.awardTypeCode", hasItems("TTLDXS", "CO_NGANH", "TTLDTT"));
        Tokens.as("viewer").queryParam("unitId", DemoIds.CUC_TGPL).get("/api/v1/awards")
                .then().statusCode(200).body("items.unitName", not(hasItem("Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý")));
    }

    @Test
    void shouldImportACsvAndCountWhatItWrote() {
        UUID person = personOf(DemoIds.CUC_HCTP, 0);
        int before = countFor(person);
        String csv = HEADER
                + "BK_BO," + person + ",,2022,12/QĐ-BTP,2023-02-01,Bộ trưởng Bộ Tư pháp\n"
                + "CSTDCS," + person + ",,2021,\"3/QĐ-HCTP, đợt 1\",15/01/2022,\n"
                + "TTLDXS,," + DemoIds.CUC_HCTP + ",2021,55/QĐ-BTP,2022-01-20,Bộ trưởng\n";
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/awards/imports")
                .then().statusCode(200).body("imported", equalTo(3)).body("personAwards", equalTo(2)).body("unitAwards", equalTo(1))
                .body("byAwardType.CSTDCS", equalTo(1));
        Tokens.as("viewer").queryParam("personId", person).queryParam("year", 2021).get("/api/v1/awards")
                .then().body("items[0].decisionNumber", equalTo("3/QĐ-HCTP, đợt 1")).body("items[0].decisionDate", equalTo("2022-01-15"));
        org.assertj.core.api.Assertions.assertThat(countFor(person)).isEqualTo(before + 2);
    }

    @Test
    void shouldRejectTheWholeFileListingEveryBadRow() {
        UUID person = personOf(DemoIds.CUC_HCTP, 1);
        int before = countFor(person);
        String csv = HEADER
                + "LDTT," + person + ",,2020,1/QĐ,2021-01-05,\n"               // good, must not be written
                + "LDTT," + person + ",,20x0,2/QĐ,2021-01-05,\n"                // row 3: year
                + "KHONG_CO," + person + ",,2020,3/QĐ,2021-01-05,\n"            // row 4: award type
                + "TTLDTT," + person + ",,2020,4/QĐ,2021-01-05,\n"              // row 5: a unit's title given to a person
                + "LDTT," + person + ",,2020,5/QĐ,ngày mai,\n"                  // row 6: date
                + "LDTT," + person + ",,2020,6/QĐ,2021-01-05,\n";               // row 7: duplicate of row 2
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/awards/imports")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", equalTo(List.of("rows[3].year", "rows[4].awardType", "rows[5].personId", "rows[6].decisionDate",
                        "rows[7].year")))
                .body("detail", containsString("Chưa nhập dữ liệu nào"))
                .body("errors[1].message", equalTo("Dòng 4, cột Mã danh hiệu (awardType): không có danh hiệu mã KHONG_CO"))
                .body("errors[2].message", equalTo("Dòng 5, cột Mã cá nhân (personId): Tập thể lao động tiên tiến (TTLDTT) là hình thức"
                        + " khen thưởng tập thể: hãy nhập cột Mã đơn vị (unitId)"));
        org.assertj.core.api.Assertions.assertThat(countFor(person)).isEqualTo(before);
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body("name,year\nx,2020\n").post("/api/v1/awards/imports")
                .then().statusCode(422).body("errors.field", hasItem("rows[1].header"));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType("text/csv; charset=UTF-8").body(HEADER).post("/api/v1/awards/imports").then().statusCode(403);
    }

    @Test
    void shouldImportAnExcelWorkbook() throws Exception {
        UUID person = personOf(DemoIds.CUC_HCTP, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Lịch sử");
        String[] header = HEADER.strip().split(",");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, "GIAY_KHEN");
        sheet.value(1, 1, person.toString());
        sheet.value(1, 3, 2019);
        sheet.value(1, 4, "9/QĐ-HCTP");
        sheet.value(1, 5, "2020-01-10");
        workbook.finish();
        Tokens.as("secretariat").contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(out.toByteArray())
                .post("/api/v1/awards/imports").then().statusCode(200).body("imported", equalTo(1));
        Tokens.as("viewer").queryParam("personId", person).queryParam("year", 2019).get("/api/v1/awards")
                .then().body("items[0].awardTypeCode", equalTo("GIAY_KHEN"));
    }

    @Test
    void shouldMarkARevokedAwardAndKeepIt() {
        UUID person = personOf(DemoIds.CUC_HCTP, 3);
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body(HEADER + "BK_BO," + person + ",,2018,77/QĐ-BTP,2019-02-01,\n")
                .post("/api/v1/awards/imports").then().statusCode(200);
        String award = Tokens.as("viewer").queryParam("personId", person).queryParam("year", 2018).get("/api/v1/awards")
                .then().extract().path("items[0].id");
        Tokens.as("viewer").contentType("application/json").body("{\"reason\":\"x\"}").post("/api/v1/awards/" + award + "/revoke")
                .then().statusCode(403);
        Tokens.as("secretariat").contentType("application/json").body("{\"reason\":\"Gian dối trong kê khai thành tích\"}")
                .post("/api/v1/awards/" + award + "/revoke").then().statusCode(200).body("revoked", equalTo(true));
        Tokens.as("secretariat").contentType("application/json").body("{\"reason\":\"lần hai\"}")
                .post("/api/v1/awards/" + award + "/revoke").then().statusCode(409);
        Tokens.as("viewer").queryParam("personId", person).queryParam("year", 2018).get("/api/v1/awards").then().body("total", equalTo(0));
        Tokens.as("viewer").get("/api/v1/awards/" + award).then().statusCode(200)
                .body("revocationGrounds", equalTo("Gian dối trong kê khai thành tích"));
    }
}
