package vn.gov.moj.thidua.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The three forms of Thông tư 02/2023/TT-BNV over a small dataset of 1961 whose every figure is known: each counted
 * record lands in the cells its classification names; drafts, other years, revoked rows and types without a column
 * land nowhere.
 */
@QuarkusTest
class StatisticsResourceTest {

    static final int YEAR = 1961;

    /** The dataset is written once per test run (the database outlives a test method). */
    private static final AtomicBoolean WRITTEN = new AtomicBoolean();

    private static String created(String path, String body) {
        return Tokens.as("secretariat").contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String campaign(UUID target, String title, String type, String scope, String start, String end, boolean launch) {
        String id = created("/api/v1/campaigns", """
                {"title":"%s","type":"%s","scope":"%s","startDate":"%s","endDate":"%s",
                 "targetSelector":"LIST","targetUnitIds":["%s"]}""".formatted(title, type, scope, start, end, target));
        if (launch) {
            Tokens.as("secretariat").post("/api/v1/campaigns/" + id + "/launch").then().statusCode(200);
        }
        return id;
    }

    private static UUID person(String name, UUID unit, String position, boolean leader) {
        return UUID.fromString(created("/api/v1/people", """
                {"fullName":"%s","unitId":"%s","position":"%s","leader":%s,"employmentType":"CIVIL_SERVANT"}"""
                .formatted(name, unit, position, leader)));
    }

    private static JsonPath form(String form) {
        return Tokens.as("viewer").queryParam("year", YEAR).get("/api/v1/reports/statistics/" + form).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The figure in (row code, column key) of a form's JSON. */
    private static long cell(JsonPath form, String row, String column) {
        List<String> keys = form.getList("columns.key");
        List<Integer> cells = form.getList("rows.find { it.code == '" + row + "' }.cells");
        assertThat(keys).as("column " + column).contains(column);
        return cells.get(keys.indexOf(column));
    }

    private static void assertRow(JsonPath form, String row, Map<String, Integer> expected) {
        List<String> keys = form.getList("columns.key");
        for (String key : keys) {
            assertThat(cell(form, row, key)).as("row " + row + " column " + key).isEqualTo(expected.getOrDefault(key, 0).longValue());
        }
    }

    private static synchronized void data() {
        if (!WRITTEN.compareAndSet(false, true)) {
            return;
        }
        created("/api/v1/periods", "{\"label\":\"" + YEAR + "\"}");
        UUID unit = UUID.fromString(created("/api/v1/units", "{\"name\":\"Cục Thống kê thử 1961\",\"kind\":\"CUC\",\"validFrom\":\"1950-01-01\"}"));
        campaign(unit, "Thi đua chuyên đề năm 1961", "THEMATIC", "SECTOR", "1961-01-01", "1961-12-31", true);
        campaign(unit, "Thi đua thường xuyên của đơn vị quý II/1961", "REGULAR", "UNIT", "1961-03-01", "1961-05-31", true);
        campaign(unit, "Thi đua ba năm 1959–1961", "REGULAR", "SECTOR", "1959-01-01", "1961-06-30", true);
        campaign(unit, "Bản nháp năm 1961 (không tính)", "THEMATIC", "SECTOR", "1961-01-01", "1961-12-31", false);
        campaign(unit, "Phong trào năm 1962 (không tính)", "THEMATIC", "SECTOR", "1962-01-01", "1962-12-31", true);

        UUID head = person("Lê Văn Thống", unit, "Cục trưởng", true);
        UUID clerk = person("Trần Thị Kê", unit, "Chuyên viên", false);
        UUID other = person("Phạm Văn Hủy", unit, "Chuyên viên", false);
        String rows = "awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\n"
                + "CO_CP,," + unit + ",1961,1/QĐ-TTg,1962-01-10,\n"
                + "BK_TTG," + head + ",,1961,2/QĐ-TTg,1962-01-10,\n"
                + "CSTDTQ," + clerk + ",,1961,3/QĐ-TTg,1962-01-10,\n"
                + "HCLD_3," + other + ",,1961,4/QĐ-CTN,1962-01-10,\n"
                + "CSTDTQ," + clerk + ",,1960,5/QĐ-TTg,1961-01-10,\n"
                + "BK_BO," + head + ",,1961,6/QĐ-BTP,1962-01-10,\n"
                + "CO_NGANH,," + unit + ",1961,7/QĐ-BTP,1962-01-10,\n"
                + "KNC_TU_PHAP," + clerk + ",,1961,8/QĐ-BTP,1962-01-10,\n"
                + "TTLDXS,," + unit + ",1961,9/QĐ-BTP,1962-01-10,\n"
                + "LDTT," + clerk + ",,1961,10/QĐ,1962-01-10,\n";
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body(rows).post("/api/v1/awards/imports").then().statusCode(200);
        String revoked = Tokens.as("viewer").queryParam("personId", other).queryParam("year", YEAR).get("/api/v1/awards")
                .then().statusCode(200).extract().path("items[0].id");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kê khai sai thành tích\"}")
                .post("/api/v1/awards/" + revoked + "/revoke").then().statusCode(200);
    }

    @Test
    void shouldCountCampaignsOfTheYearByLevelScopeDurationAndMethodInForm0601() {
        data();
        JsonPath f = form("0601");
        assertThat(f.getString("code")).isEqualTo("0601.N/BNV-TĐKT");
        assertThat(f.getString("unitOfMeasure")).isEqualTo("Phong trào");
        // the draft and the 1962 campaign are not counted
        assertRow(f, "01", Map.of("1", 3, "3", 2, "4", 1));
        assertRow(f, "02", Map.of());
        assertRow(f, "03", Map.of("1", 2, "3", 2));
        assertRow(f, "04", Map.of());
        assertRow(f, "05", Map.of("1", 1, "4", 1));
        assertRow(f, "06", Map.of("1", 1, "4", 1));
        assertRow(f, "07", Map.of("1", 1, "3", 1));
        assertRow(f, "08", Map.of("1", 1, "3", 1));
        assertRow(f, "09", Map.of());
        assertRow(f, "10", Map.of());
        assertRow(f, "11", Map.of("1", 1, "3", 1));
        assertRow(f, "12", Map.of("1", 2, "3", 1, "4", 1));
    }

    @Test
    void shouldCountStateAwardsOfTheYearNotRevokedInForm0602WithTheirTiersAndMethods() {
        data();
        JsonPath f = form("0602");
        // CO_CP to the unit, BK_TTG to the Cục trưởng, CSTDTQ to the clerk; the revoked HCLD_3 and the 1960 CSTDTQ are not counted
        assertRow(f, "01", Map.of("1", 3, "6.TT", 1, "7.CN", 1, "8.CN", 1));
        assertRow(f, "02", Map.of("1", 3, "6.TT", 1, "7.CN", 1, "8.CN", 1));
        assertRow(f, "03", Map.of());
        assertRow(f, "06", Map.of("1", 1, "6.TT", 1));
        assertRow(f, "09", Map.of("1", 2, "7.CN", 1, "8.CN", 1));
        assertRow(f, "11", Map.of("1", 1, "7.CN", 1));
        assertRow(f, "14", Map.of("1", 1, "8.CN", 1));
        assertRow(f, "10", Map.of());
        // danh hiệu (titles) are "thường xuyên"; the Bằng khen has no recorded method and is listed
        assertRow(f, "15", Map.of("1", 2, "6.TT", 1, "8.CN", 1));
        assertThat(f.getList("columns.key")).contains("2.HCLD_3.CN", "2.HCLD_3.TT");
        assertThat(cell(f, "01", "2.HCLD_3.CN")).isZero();
        assertThat(f.getList("unclassified.missing")).containsExactly(AwardFacts.MISSING_METHOD);
        assertThat(f.getString("unclassified[0].label")).isEqualTo("Lê Văn Thống — Bằng khen của Thủ tướng Chính phủ");
    }

    @Test
    void shouldCountMinistryAwardsInForm0603AndLeaveOutTypesWithoutAColumn() {
        data();
        JsonPath f = form("0603");
        assertThat(f.getString("receivingUnit")).isNull();
        // BK_BO, CO_NGANH, KNC; TTLDXS (no column) and LDTT (unit level) are not counted
        assertRow(f, "01", Map.of("1", 3, "2", 1, "4", 1, "5", 1));
        assertRow(f, "02", Map.of("1", 1, "4", 1));
        assertRow(f, "05", Map.of("1", 2, "2", 1, "5", 1));
        assertRow(f, "07", Map.of("1", 1, "2", 1));
        assertRow(f, "10", Map.of("1", 1, "5", 1));
        assertRow(f, "11", Map.of("1", 1, "4", 1));
        assertThat(f.getList("unclassified.missing")).hasSize(2);
    }

    @Test
    void shouldDrillDownFromACellToTheRecordsCountedInIt() {
        data();
        JsonPath cell = Tokens.as("secretariat").queryParam("year", YEAR).queryParam("row", "06").queryParam("column", "6.TT")
                .get("/api/v1/reports/statistics/0602/cells").then().statusCode(200).extract().jsonPath();
        assertThat(cell.getLong("count")).isEqualTo(1);
        assertThat(cell.getString("records[0].label")).isEqualTo("Cục Thống kê thử 1961 — Cờ thi đua của Chính phủ");
        assertThat(cell.getString("records[0].detail")).isEqualTo("QĐ số 1/QĐ-TTg ngày 10/01/1962");
        JsonPath campaigns = Tokens.as("viewer").queryParam("year", YEAR).queryParam("row", "01").queryParam("column", "1")
                .get("/api/v1/reports/statistics/0601/cells").then().statusCode(200).extract().jsonPath();
        assertThat(campaigns.getList("records.label", String.class)).containsExactlyInAnyOrder("Thi đua ba năm 1959–1961",
                "Thi đua chuyên đề năm 1961", "Thi đua thường xuyên của đơn vị quý II/1961");
        Tokens.as("viewer").queryParam("year", YEAR).queryParam("row", "99").queryParam("column", "1")
                .get("/api/v1/reports/statistics/0601/cells").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("không có mã số dòng này"));
    }

    @Test
    void shouldDownloadTheFormAsAnExcelSheetInItsLayoutAndAsCsv() throws Exception {
        data();
        byte[] xlsx = Tokens.as("viewer").queryParam("year", YEAR).get("/api/v1/reports/statistics/0601/export").then().statusCode(200)
                .header("Content-Disposition", containsString("bieu-0601-1961.xlsx")).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Biểu số: 0601.N/BNV-TĐKT");
            assertThat(rows.stream().map(r -> r.getCellText(0))).contains("SỐ PHONG TRÀO THI ĐUA", "Năm 1961");
            Row total = rows.stream().filter(r -> "01".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(total.getCellText(0)).isEqualTo("Tổng số");
            assertThat(total.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(3);
            assertThat(total.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(2);
            Row numbers = rows.stream().filter(r -> "A".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(numbers.getCellText(1)).isEqualTo("B");
        }
        String csv = new String(Tokens.as("viewer").queryParam("year", YEAR).queryParam("format", "csv")
                .get("/api/v1/reports/statistics/0603/export").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Biểu số: 0603.N/BNV-TĐKT\"", "\"Đơn vị tính\"", "\"Tổng số\",\"01\",,3,1,0,1,1");
    }

    @Test
    void shouldRefuseAYearWithoutAPeriodAnUnknownFormAndABadYear() {
        Tokens.as("viewer").queryParam("year", 1946).get("/api/v1/reports/statistics/0601").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Năm 1946 không có kỳ thi đua nào"));
        Tokens.as("viewer").header("Accept-Language", "en").queryParam("year", 1946).get("/api/v1/reports/statistics/0602").then()
                .statusCode(404).body("detail", containsString("has no emulation period"));
        Tokens.as("viewer").queryParam("year", YEAR).get("/api/v1/reports/statistics/0604").then().statusCode(404);
        Tokens.as("viewer").queryParam("year", 1800).get("/api/v1/reports/statistics/0601").then().statusCode(400);
        Tokens.as("viewer").get("/api/v1/reports/statistics/0601").then().statusCode(400);
        Tokens.as("unit-officer").queryParam("year", YEAR).get("/api/v1/reports/statistics/0601").then().statusCode(403);
    }

    @Test
    void shouldCountAnAwardInItsMethodRowOnceAnOfficerRecordsTheMethod() {
        created("/api/v1/periods", "{\"label\":\"1964\"}");
        UUID unit = UUID.fromString(created("/api/v1/units", "{\"name\":\"Vụ Phân loại thử 1964\",\"kind\":\"VU\",\"validFrom\":\"1950-01-01\"}"));
        UUID person = person("Đỗ Văn Loại", unit, "Chuyên viên", false);
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8")
                .body("awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\nBK_BO," + person + ",,1964,11/QĐ-BTP,1965-01-10,\n")
                .post("/api/v1/awards/imports").then().statusCode(200);
        String award = Tokens.as("viewer").queryParam("personId", person).queryParam("year", 1964).get("/api/v1/awards")
                .then().statusCode(200).extract().path("items[0].id");
        JsonPath before = Tokens.as("viewer").queryParam("year", 1964).get("/api/v1/reports/statistics/0603").then().statusCode(200)
                .extract().jsonPath();
        assertThat(before.getList("unclassified.id")).containsExactly(award);
        assertThat(cell(before, "13", "1")).isZero();

        Tokens.as("viewer").contentType(ContentType.JSON).body("{\"method\":\"AD_HOC\"}").put("/api/v1/awards/" + award + "/method")
                .then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"method\":\"SOMETIMES\"}").put("/api/v1/awards/" + award + "/method")
                .then().statusCode(400);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"method\":\"AD_HOC\"}").put("/api/v1/awards/" + award + "/method")
                .then().statusCode(200);

        JsonPath after = Tokens.as("viewer").queryParam("year", 1964).get("/api/v1/reports/statistics/0603").then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getList("unclassified")).isEmpty();
        assertRow(after, "13", Map.of("1", 1, "2", 1));
        assertRow(after, "11", Map.of());
    }
}
