package vn.gov.moj.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Reports against the records they summarise: known ledger rows go in through the API, the expected figures are
 * computed here from those rows, and the report must agree — also after a revocation. Campaign and scoring figures
 * are checked against the per-campaign and per-cluster views that compute them independently.
 */
@QuarkusTest
class ReportResourceTest {

    static final String HEADER = "awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\n";

    /** One ledger row as the test wrote it: what the report must count. */
    record Written(String type, String level, boolean individual, boolean leader, UUID subject) {
    }

    private static UUID unit(String name, String kind, String extra) {
        String id = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"%s\",\"validFrom\":\"1950-01-01\"%s}".formatted(name, kind, extra))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static UUID person(String name, UUID unit, boolean leader) {
        String id = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"fullName":"%s","unitId":"%s","position":"%s","leader":%s,"employmentType":"CIVIL_SERVANT"}"""
                        .formatted(name, unit, leader ? "Trưởng phòng" : "Chuyên viên", leader))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static void importRows(String rows) {
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body(HEADER + rows).post("/api/v1/awards/imports")
                .then().statusCode(200);
    }

    private static JsonPath json(io.restassured.response.Response response) {
        return response.then().statusCode(200).extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal dec(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static long count(List<Written> rows, Predicate<Written> which) {
        return rows.stream().filter(which).count();
    }

    private static void assertAwardsReportMatches(int year, List<Written> written) {
        JsonPath report = json(Tokens.as("viewer").queryParam("yearFrom", year).queryParam("yearTo", year).get("/api/v1/reports/awards"));
        long total = written.size();
        long individual = count(written, Written::individual);
        assertThat(report.getLong("awards")).isEqualTo(total);
        assertThat(report.getLong("individualAwards")).isEqualTo(individual);
        assertThat(report.getLong("collectiveAwards")).isEqualTo(total - individual);
        for (String level : List.of("MINISTRY", "PROVINCIAL", "DISTRICT", "COMMUNE")) {
            long atLevel = count(written, w -> w.level().equals(level));
            Map<String, Object> row = report.getMap("byLevel.find { it.level == '" + level + "' }");
            assertThat(dec(row.get("awards")).longValue()).as(level).isEqualTo(atLevel);
            assertThat(dec(row.get("individualAwards")).longValue()).as(level)
                    .isEqualTo(count(written, w -> w.level().equals(level) && w.individual()));
            assertThat(dec(row.get("share"))).as(level).isEqualByComparingTo(share(atLevel, total));
        }
        long leaders = count(written, w -> w.individual() && w.leader());
        assertThat(report.getLong("staff.leaderAwards")).isEqualTo(leaders);
        assertThat(report.getLong("staff.frontlineAwards")).isEqualTo(individual - leaders);
        assertThat(dec(report.get("staff.frontlineShare"))).isEqualByComparingTo(share(individual - leaders, individual));
        assertThat(report.getLong("staff.communeFrontlineAwards"))
                .isEqualTo(count(written, w -> w.individual() && !w.leader() && w.level().equals("COMMUNE")));
        Map<String, Long> byType = new HashMap<>();
        written.forEach(w -> byType.merge(w.type(), 1L, Long::sum));
        byType.forEach((code, n) -> assertThat(report.getLong("byAwardType.find { it.awardTypeCode == '" + code + "' }.awards"))
                .as(code).isEqualTo(n));
        assertThat(report.getList("byYear.year")).containsExactly(year);
        assertThat(report.getLong("byYear[0].commune")).isEqualTo(count(written, w -> w.level().equals("COMMUNE")));
    }

    @Test
    void shouldCountAwardsByLevelAndPositionExactlyAsWrittenAndDropARevokedOne() {
        int year = 1951;
        UUID xa = unit("UBND xã Tân Lập (tư pháp - hộ tịch)", "XA", "");
        UUID phong = unit("Phòng Tư pháp huyện Bảo Lâm", "PHONG_TU_PHAP", "");
        UUID so = unit("Sở Tư pháp tỉnh Cao Bằng (báo cáo)", "SO_TU_PHAP", "");
        UUID cuc = unit("Cục Báo cáo thử", "CUC", "");
        UUID xa1 = person("Hà Thị Xuân", xa, false);
        UUID xa2 = person("Lường Văn Thắng", xa, false);
        UUID xa3 = person("Nông Văn Lâm", xa, true);
        UUID ph1 = person("Đinh Thị Hoa", phong, false);
        UUID so1 = person("Hoàng Văn Sơn", so, true);
        UUID cuc1 = person("Phạm Minh Cục", cuc, true);
        UUID cuc2 = person("Trần Thu Trang", cuc, false);
        StringBuilder csv = new StringBuilder();
        List<Written> written = new ArrayList<>();
        Object[][] people = { { xa1, "COMMUNE", false }, { xa2, "COMMUNE", false }, { xa3, "COMMUNE", true }, { ph1, "DISTRICT", false },
                { so1, "PROVINCIAL", true }, { cuc1, "MINISTRY", true }, { cuc2, "MINISTRY", false } };
        for (Object[] p : people) {
            csv.append("LDTT,").append(p[0]).append(",,").append(year).append(",1/QĐ,1952-01-10,\n");
            written.add(new Written("LDTT", (String) p[1], true, (Boolean) p[2], (UUID) p[0]));
        }
        csv.append("CSTDCS,").append(xa3).append(",,").append(year).append(",2/QĐ,1952-01-10,\n");
        written.add(new Written("CSTDCS", "COMMUNE", true, true, xa3));
        csv.append("CSTDCS,").append(cuc1).append(",,").append(year).append(",2/QĐ,1952-01-10,\n");
        written.add(new Written("CSTDCS", "MINISTRY", true, true, cuc1));
        csv.append("TTLDTT,,").append(xa).append(',').append(year).append(",3/QĐ,1952-01-10,\n");
        written.add(new Written("TTLDTT", "COMMUNE", false, false, xa));
        csv.append("TTLDTT,,").append(cuc).append(',').append(year).append(",3/QĐ,1952-01-10,\n");
        written.add(new Written("TTLDTT", "MINISTRY", false, false, cuc));
        importRows(csv.toString());

        assertAwardsReportMatches(year, written);

        // filters: one level, one award type
        assertThat(json(Tokens.as("secretariat").queryParam("yearFrom", year).queryParam("yearTo", year).queryParam("level", "COMMUNE")
                .get("/api/v1/reports/awards")).getLong("awards")).isEqualTo(count(written, w -> w.level().equals("COMMUNE")));
        assertThat(json(Tokens.as("admin").queryParam("yearFrom", year).queryParam("yearTo", year).queryParam("unitKind", "XA")
                .get("/api/v1/reports/awards")).getLong("awards")).isEqualTo(count(written, w -> w.level().equals("COMMUNE")));

        // a revoked award leaves the counts
        String award = Tokens.as("viewer").queryParam("personId", xa1).queryParam("year", year).get("/api/v1/awards")
                .then().statusCode(200).extract().path("items[0].id");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kê khai sai thành tích\"}")
                .post("/api/v1/awards/" + award + "/revoke").then().statusCode(200);
        written.removeIf(w -> w.subject().equals(xa1));
        assertAwardsReportMatches(year, written);
    }

    @Test
    void shouldExportTheAwardsReportToExcelAndCsvWithTheSameFigures() throws Exception {
        int year = 1953;
        UUID xa = unit("UBND xã Hòa Bình (xuất báo cáo)", "XA", "");
        UUID p = person("Vi Văn Hòa", xa, false);
        importRows("LDTT," + p + ",," + year + ",5/QĐ,1954-01-10,\nTTLDTT,," + xa + "," + year + ",6/QĐ,1954-01-10,\n");
        byte[] xlsx = Tokens.as("viewer").queryParam("yearFrom", year).queryParam("yearTo", year).queryParam("format", "xlsx")
                .get("/api/v1/reports/awards/export").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        Map<String, String> commune = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Theo cấp");
            for (Row r : sheet.read()) {
                if ("COMMUNE".equals(r.getCellText(0))) {
                    commune.put("awards", r.getCellText(1));
                    commune.put("share", r.getCellText(4));
                }
            }
            assertThat(workbook.getSheets().count()).isEqualTo(5);
        }
        assertThat(new BigDecimal(commune.get("awards"))).isEqualByComparingTo("2");
        assertThat(new BigDecimal(commune.get("share"))).isEqualByComparingTo("1");
        String csv = Tokens.as("viewer").queryParam("yearFrom", year).queryParam("yearTo", year).queryParam("format", "csv")
                .get("/api/v1/reports/awards/export").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFF").contains("\"COMMUNE\",2,1,1,1.0000");
    }

    @Test
    void shouldRefuseBadInputAsProblems() {
        Tokens.as("viewer").queryParam("yearFrom", 2026).queryParam("yearTo", 2020).get("/api/v1/reports/awards")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        Tokens.as("viewer").queryParam("yearFrom", 1800).get("/api/v1/reports/awards").then().statusCode(400);
        Tokens.as("viewer").queryParam("level", "HAMLET").get("/api/v1/reports/awards").then().statusCode(400);
        Tokens.as("viewer").queryParam("format", "pdf").get("/api/v1/reports/scoring/export")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
    }

    @Test
    void shouldKeepSectorReportsFromUnitStaffAndCouncil() {
        for (String path : List.of("/api/v1/reports/awards", "/api/v1/reports/campaigns", "/api/v1/reports/scoring",
                "/api/v1/reports/awards/export")) {
            Tokens.as("unit-officer", DemoIds.CUC_HCTP).get(path).then().statusCode(403);
            Tokens.as("unit-head", DemoIds.CUC_HCTP).get(path).then().statusCode(403);
            Tokens.as("council-member", DemoIds.VU_TCCB).get(path).then().statusCode(403);
            io.restassured.RestAssured.given().get(path).then().statusCode(401);
        }
    }

    @Test
    void shouldMatchEachCampaignsOwnParticipationView() {
        JsonPath report = json(Tokens.as("secretariat").get("/api/v1/reports/campaigns"));
        List<Map<String, Object>> rows = report.getList("rows");
        assertThat(rows).isNotEmpty();
        long overdue = 0;
        long targets = 0;
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("campaignId");
            JsonPath own = json(Tokens.as("secretariat").get("/api/v1/campaigns/" + id + "/participation"));
            assertThat(dec(row.get("targetUnits")).intValue()).as(id).isEqualTo(own.getInt("targetUnits"));
            assertThat(dec(row.get("registeredUnits")).intValue()).as(id).isEqualTo(own.getInt("registeredUnits"));
            assertThat(dec(row.get("interimReportedUnits")).intValue()).as(id).isEqualTo(own.getInt("interimReportedUnits"));
            assertThat(dec(row.get("finalReportedUnits")).intValue()).as(id).isEqualTo(own.getInt("finalReportedUnits"));
            assertThat(dec(row.get("overdueUnits")).intValue()).as(id).isEqualTo(own.getInt("overdueUnits"));
            List<Object> approved = own.getList("units.approvedRegistrations");
            assertThat(dec(row.get("approvedRegistrations")).longValue()).as(id)
                    .isGreaterThanOrEqualTo(approved.stream().mapToLong(o -> dec(o).longValue()).sum());
            overdue += dec(row.get("overdueUnits")).longValue();
            targets += dec(row.get("targetUnits")).longValue();
        }
        assertThat(report.getLong("overdueUnits")).isEqualTo(overdue);
        assertThat(report.getLong("targetUnits")).isEqualTo(targets);
        assertThat(report.getInt("campaigns")).isEqualTo(rows.size());
        assertThat(json(Tokens.as("viewer").queryParam("status", "DRAFT").get("/api/v1/reports/campaigns")).getList("rows.status"))
                .containsOnly("DRAFT");
        String csv = Tokens.as("viewer").queryParam("format", "csv").get("/api/v1/reports/campaigns/export").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains("\"Phong trào\"").contains("Quá hạn");
    }

    @Test
    void shouldMatchTheClustersRankingAndScoreCuts() {
        JsonPath report = json(Tokens.as("secretariat").queryParam("periodId", DemoIds.PERIOD_2026).get("/api/v1/reports/scoring"));
        Map<String, Object> row = report.getMap("clusters.find { it.clusterId == '" + DemoIds.CUM_III_2026 + "' }");
        assertThat(row).isNotNull();
        JsonPath ranking = json(Tokens.as("secretariat").get("/api/v1/clusters/" + DemoIds.CUM_III_2026 + "/ranking"));
        JsonPath cuts = json(Tokens.as("secretariat").get("/api/v1/clusters/" + DemoIds.CUM_III_2026 + "/score-cuts"));
        List<Object> ranked = ranking.getList("rows");
        assertThat(dec(row.get("submittedSheets")).intValue()).isEqualTo(ranked.size());
        assertThat(dec(row.get("members")).intValue()).isEqualTo(ranked.size() + ranking.getList("pendingUnits").size());
        assertThat(row.get("published")).isEqualTo(ranking.getBoolean("published"));
        if (!ranked.isEmpty()) {
            assertThat(dec(row.get("topTotal"))).isEqualByComparingTo(ranking.<BigDecimal>get("rows[0].total"));
        }
        BigDecimal cut = cuts.<Object>getList("byUnit.cut").stream().map(ReportResourceTest::dec).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal self = cuts.<Object>getList("byUnit.selfTotal").stream().map(ReportResourceTest::dec).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        long criteriaCut = cuts.<Object>getList("byUnit.criteriaCut").stream().mapToLong(o -> dec(o).longValue()).sum();
        assertThat(dec(row.get("cut"))).isEqualByComparingTo(cut);
        assertThat(dec(row.get("selfTotal"))).isEqualByComparingTo(self);
        assertThat(dec(row.get("criteriaCut")).longValue()).isEqualTo(criteriaCut);
        assertThat(report.getList("clusters.periodId")).containsOnly(DemoIds.PERIOD_2026.toString());
    }

    @Test
    void shouldFollowAMergedUnitsPredecessorsInItsHistory() {
        int year = 1952;
        UUID successor = unit("UBND xã Tân Hợp (sau sáp nhập)", "XA", "");
        UUID predecessor = unit("UBND xã Tân Cũ (trước sáp nhập)", "XA",
                ",\"validTo\":\"1990-12-31\",\"successorId\":\"" + successor + "\"");
        UUID staff = person("Sầm Thị Hợp", successor, false);
        importRows("TTLDTT,," + predecessor + "," + year + ",7/QĐ,1953-01-10,\n"
                + "LDTT," + staff + ",," + (year + 1) + ",8/QĐ,1954-01-10,\n"
                + "CSTDCS," + staff + ",," + (year + 1) + ",9/QĐ,1954-01-10,\n");
        JsonPath history = json(Tokens.as("unit-officer", successor).get("/api/v1/reports/units/" + successor + "/history"));
        assertThat(history.getList("lineage.unitId")).containsExactlyInAnyOrder(successor.toString(), predecessor.toString());
        assertThat(history.getLong("years.find { it.year == " + year + " }.collectiveAwards")).isEqualTo(1);
        assertThat(history.getLong("years.find { it.year == " + (year + 1) + " }.individualAwards")).isEqualTo(2);
        assertThat(history.getList("awards.unitName")).contains("UBND xã Tân Cũ (trước sáp nhập)");
        // the predecessor's own history does not reach forward into its successor
        JsonPath old = json(Tokens.as("viewer").get("/api/v1/reports/units/" + predecessor + "/history"));
        assertThat(old.getList("years.year")).containsExactly(year);
        // own unit only for unit staff; another unit is not found
        Tokens.as("unit-officer", successor).get("/api/v1/reports/units/" + predecessor + "/history")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
        Tokens.as("unit-head", DemoIds.CUC_HCTP).get("/api/v1/reports/units/" + successor + "/history").then().statusCode(404);
        Tokens.as("secretariat").get("/api/v1/reports/units/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void shouldAgreeWithTheLedgerAndTheRankingForADemoUnit() {
        JsonPath history = json(Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL)
                .get("/api/v1/reports/units/" + DemoIds.CUC_PBGDPL_TGPL + "/history"));
        List<Integer> ledgerYears = Tokens.as("viewer").queryParam("unitId", DemoIds.CUC_PBGDPL_TGPL).queryParam("size", 200)
                .get("/api/v1/awards").then().statusCode(200).extract().path("items.year");
        Map<Integer, Long> perYear = new HashMap<>();
        ledgerYears.forEach(y -> perYear.merge(y, 1L, Long::sum));
        assertThat(perYear).isNotEmpty();
        perYear.forEach((y, n) -> assertThat(history.getLong("years.find { it.year == " + y + " }.collectiveAwards")).as("year " + y)
                .isEqualTo(n));
        assertThat(history.getList("lineage.unitId")).contains(DemoIds.CUC_TGPL.toString());

        JsonPath hctp = json(Tokens.as("viewer").get("/api/v1/reports/units/" + DemoIds.CUC_HCTP + "/history"));
        JsonPath ranking = json(Tokens.as("secretariat").get("/api/v1/clusters/" + DemoIds.CUM_III_2026 + "/ranking"));
        BigDecimal rankedTotal = dec(ranking.get("rows.find { it.unitId == '" + DemoIds.CUC_HCTP + "' }.total"));
        assertThat(rankedTotal).as("the demo sheet of Cục HCTP is submitted").isNotNull();
        assertThat(dec(hctp.get("scores.find { it.clusterId == '" + DemoIds.CUM_III_2026 + "' }.total"))).isEqualByComparingTo(rankedTotal);
        byte[] xlsx = Tokens.as("viewer").get("/api/v1/reports/units/" + DemoIds.CUC_HCTP + "/history/export").then().statusCode(200)
                .extract().asByteArray();
        assertThat(xlsx).isNotEmpty();
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).queryParam("format", "csv")
                .get("/api/v1/reports/units/" + DemoIds.CUC_HCTP + "/history/export").then().statusCode(200)
                .body(containsString("\"Khen thưởng\""));
        Tokens.as("viewer").get("/api/v1/reports/units/" + DemoIds.CUC_HCTP + "/history").then().body("unitName", equalTo("Cục Hành chính tư pháp"));
    }
}
