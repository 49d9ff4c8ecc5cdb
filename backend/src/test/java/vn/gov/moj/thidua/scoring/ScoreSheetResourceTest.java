package vn.gov.moj.thidua.scoring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.moj.thidua.support.DemoIds.CUC_DKGDBD_BTNN;
import static vn.gov.moj.thidua.support.DemoIds.CUC_HCTP;
import static vn.gov.moj.thidua.support.DemoIds.CUC_PBGDPL_TGPL;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Cluster of each world: Cục ĐKGDBĐ&BTNN heads it, Cục HCTP deputises, Cục PBGDPL&TGPL is a member. */
@QuarkusTest
class ScoreSheetResourceTest {

    static final List<UUID> MEMBERS = List.of(CUC_DKGDBD_BTNN, CUC_HCTP, CUC_PBGDPL_TGPL);
    static final String SHEETS = "/api/v1/score-sheets/";

    @Test
    void shouldScoreSubmitVerifyAndLockASheetWithServerComputedPoints() {
        var world = ScoringFixtures.world("2041", MEMBERS);
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), CUC_PBGDPL_TGPL);

        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).get(SHEETS + sheet).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("maxPoints", equalTo(15.0f))
                .body("allowedActions", contains("edit"))
                .body("sections.code", contains("A", "B", "D"));

        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .body("""
                        {"entries":[{"criterionCode":"A.1","input":97,"selfPoints":2}]}""")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(400);

        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .body("""
                        {"entries":[{"criterionCode":"A.1","input":97,"note":"39/40 hồ sơ",
                          "evidence":[{"label":"Sổ theo dõi","url":"https://files.moj.gov.vn/so-theo-doi.pdf"}]}]}""")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(200)
                .body("sections[0].criteria[0].selfPoints", equalTo(1.75f))
                .body("sections[0].criteria[0].evidence[0].label", equalTo("Sổ theo dõi"))
                .body("sections[0].scored", equalTo(1))
                .body("selfTotal", equalTo(1.75f));

        Tokens.as("unit-head", CUC_PBGDPL_TGPL).post(SHEETS + sheet + "/submit").then().statusCode(400)
                .body("errors.field", hasItems("entries.A.2", "entries.B.1", "entries.B.2"));

        ScoringFixtures.scoreAll(sheet, CUC_PBGDPL_TGPL, "6");
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).post(SHEETS + sheet + "/submit").then().statusCode(403);
        Tokens.as("unit-head", CUC_PBGDPL_TGPL).post(SHEETS + sheet + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("selfTotal", equalTo(11.75f));

        // Another member of the cluster now sees the submitted sheet, but cannot touch it.
        Tokens.as("unit-officer", CUC_HCTP).get(SHEETS + sheet).then().statusCode(200).body("allowedActions", equalTo(List.of()));

        String etag = ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL);
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":90}]}")
                .put(SHEETS + sheet + "/verification").then().statusCode(400)
                .body("errors.field", contains("entries[0].reason"))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors[0].message", equalTo("Điểm thẩm định tiêu chí A.1 (1.00) khác điểm tự chấm (1.75): cần ghi lý do."))
                .body("detail", startsWith("Lý do (dòng 1): Điểm thẩm định tiêu chí A.1"));
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":90,\"reason\":\"4 hồ sơ quá hạn\"},{\"criterionCode\":\"B.2\",\"input\":1}]}")
                .put(SHEETS + sheet + "/verification").then().statusCode(200)
                .body("sections[0].criteria[0].verifiedPoints", equalTo(1.0f))
                .body("sections[0].criteria[0].diffReason", equalTo("4 hồ sơ quá hạn"))
                .body("verifiedTotal", equalTo(11.0f));

        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post(SHEETS + sheet + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("sections[1].criteria[0].verifiedPoints", equalTo(1.5f));
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post(SHEETS + sheet + "/lock").then().statusCode(200).body("status", equalTo("LOCKED"));

        // Nothing changes a locked sheet.
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":8}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(409).body("currentState", equalTo("LOCKED"));
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_PBGDPL_TGPL))
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":8,\"reason\":\"x\"}]}")
                .put(SHEETS + sheet + "/verification").then().statusCode(409);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"comment\":\"mở lại\"}")
                .post(SHEETS + sheet + "/return").then().statusCode(409).body("allowedActions", equalTo(List.of()));

        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).get(SHEETS + sheet + "/history").then().statusCode(200)
                .body("action", hasItems("open", "self-score", "submit", "review", "verify", "lock"))
                .body("find { it.action == 'lock' }.fromState", equalTo("VERIFIED"));
    }

    @Test
    void shouldHideADraftSheetFromOfficersOfOtherUnits() {
        var world = ScoringFixtures.world("2042", MEMBERS);
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), CUC_PBGDPL_TGPL);

        Tokens.as("unit-officer", CUC_HCTP).get(SHEETS + sheet).then().statusCode(404);
        Tokens.as("unit-officer", CUC_HCTP).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":8}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(404);
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post(SHEETS + sheet + "/verify").then().statusCode(404);
        Tokens.as("unit-officer", CUC_HCTP).queryParam("clusterId", world.clusterId()).get("/api/v1/score-sheets").then().statusCode(200)
                .body("items.id", not(hasItem(sheet.toString())));
        // a draft is the unit's work in progress: read-only roles see it once submitted, the secretariat side always
        Tokens.as("viewer").get(SHEETS + sheet).then().statusCode(404);
        Tokens.as("secretariat").get(SHEETS + sheet).then().statusCode(200);
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).queryParam("clusterId", world.clusterId()).get("/api/v1/score-sheets").then().statusCode(200)
                .body("items.id", hasItem(sheet.toString()));
    }

    @Test
    void shouldOpenOneSheetPerUnitAndClusterForTheCallersOwnUnitOnly() {
        var world = ScoringFixtures.world("2043", MEMBERS);
        Tokens.as("unit-officer", CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("{\"clusterId\":\"%s\",\"unitId\":\"%s\"}".formatted(world.clusterId(), CUC_HCTP))
                .post("/api/v1/score-sheets").then().statusCode(403);
        Tokens.as("unit-officer", DemoIds.STP_LANG_SON).contentType(ContentType.JSON)
                .body("{\"clusterId\":\"%s\"}".formatted(world.clusterId()))
                .post("/api/v1/score-sheets").then().statusCode(400).body("errors.field", contains("unitId"));
        Tokens.as("viewer").contentType(ContentType.JSON).body("{\"clusterId\":\"%s\"}".formatted(world.clusterId()))
                .post("/api/v1/score-sheets").then().statusCode(403);
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), CUC_HCTP);
        Tokens.as("unit-officer", CUC_HCTP).contentType(ContentType.JSON).body("{\"clusterId\":\"%s\"}".formatted(world.clusterId()))
                .post("/api/v1/score-sheets").then().statusCode(409);

        // Edits need the current ETag.
        Tokens.as("unit-officer", CUC_HCTP).contentType(ContentType.JSON)
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":8}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(428);
        Tokens.as("unit-officer", CUC_HCTP).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":8}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(412);
        // Every bad input is reported at once.
        Tokens.as("unit-officer", CUC_HCTP).contentType(ContentType.JSON).header("If-Match", ScoringFixtures.etag(sheet, CUC_HCTP))
                .body("""
                        {"entries":[{"criterionCode":"A.1","input":101},{"criterionCode":"Z.9","input":1},{"criterionCode":"B.2","input":2},
                          {"criterionCode":"A.2","input":1,"evidence":[{"label":"x","url":"javascript:alert(1)"}]}]}""")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(400)
                .body("errors.field", contains("entries[0].input", "entries[1].criterionCode", "entries[2].input", "entries[3].evidence[0]"));
        // Each save is a new version: a second save with the old ETag is refused.
        String before = ScoringFixtures.etag(sheet, CUC_HCTP);
        String after = Tokens.as("unit-officer", CUC_HCTP).contentType(ContentType.JSON).header("If-Match", before)
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":8}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(200).body("selfTotal", equalTo(8.0f)).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(after).isNotEqualTo(before);
        Tokens.as("unit-officer", CUC_HCTP).contentType(ContentType.JSON).header("If-Match", before)
                .body("{\"entries\":[{\"criterionCode\":\"A.2\",\"input\":7}]}")
                .put(SHEETS + sheet + "/self-scores").then().statusCode(412);
    }

    @Test
    void aUnitNeverVerifiesItsOwnSheetAndOnlyTheHeadOrDeputyVerifies() {
        var world = ScoringFixtures.world("2044", MEMBERS);
        UUID headSheet = ScoringFixtures.openSheet(world.clusterId(), CUC_DKGDBD_BTNN);
        ScoringFixtures.scoreAll(headSheet, CUC_DKGDBD_BTNN, "7");
        ScoringFixtures.submit(headSheet, CUC_DKGDBD_BTNN);

        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post(SHEETS + headSheet + "/verify").then().statusCode(403);
        Tokens.as("cluster-lead", CUC_PBGDPL_TGPL).post(SHEETS + headSheet + "/verify").then().statusCode(403);
        Tokens.as("unit-head", CUC_HCTP).post(SHEETS + headSheet + "/verify").then().statusCode(403);
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).get(SHEETS + headSheet).then().statusCode(200).body("allowedActions", equalTo(List.of()));
        Tokens.as("cluster-lead", CUC_HCTP).get(SHEETS + headSheet).then().statusCode(200).body("allowedActions", contains("review", "verify", "return"));
        Tokens.as("cluster-lead", CUC_HCTP).post(SHEETS + headSheet + "/verify").then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void aReturnedSheetCarriesTheCommentAndCanBeEditedAgain() {
        var world = ScoringFixtures.world("2045", MEMBERS);
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), CUC_HCTP);
        ScoringFixtures.scoreAll(sheet, CUC_HCTP, "5");
        ScoringFixtures.submit(sheet, CUC_HCTP);

        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).contentType(ContentType.JSON).body("{\"comment\":\" \"}")
                .post(SHEETS + sheet + "/return").then().statusCode(400);
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).contentType(ContentType.JSON).body("{\"comment\":\"Bổ sung minh chứng tiêu chí A.2\"}")
                .post(SHEETS + sheet + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnComment", equalTo("Bổ sung minh chứng tiêu chí A.2"));
        ScoringFixtures.scoreAll(sheet, CUC_HCTP, "6");
        Tokens.as("unit-head", CUC_HCTP).post(SHEETS + sheet + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("returnComment", nullValue());
        Tokens.as("unit-officer", CUC_HCTP).get(SHEETS + sheet + "/history").then().statusCode(200)
                .body("find { it.action == 'return' }.reason", equalTo("Bổ sung minh chứng tiêu chí A.2"));
    }

    @Test
    void certificationComesFirstWhereTheTemplateRequiresIt() {
        var world = ScoringFixtures.world("2046", MEMBERS, true);
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), CUC_PBGDPL_TGPL);
        ScoringFixtures.scoreAll(sheet, CUC_PBGDPL_TGPL, "8");
        ScoringFixtures.submit(sheet, CUC_PBGDPL_TGPL);

        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post(SHEETS + sheet + "/verify").then().statusCode(409)
                .body("allowedActions", contains("certify", "return"));
        Tokens.as("unit-head", CUC_PBGDPL_TGPL).contentType(ContentType.JSON).body("{\"comment\":\"tự xác nhận\"}")
                .post(SHEETS + sheet + "/certify").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"comment\":\"Công văn 123/UBND-NC xác nhận kết quả tự chấm\"}")
                .post(SHEETS + sheet + "/certify").then().statusCode(200)
                .body("status", equalTo("CERTIFIED"))
                .body("certificationNote", equalTo("Công văn 123/UBND-NC xác nhận kết quả tự chấm"));
        Tokens.as("cluster-lead", CUC_DKGDBD_BTNN).post(SHEETS + sheet + "/verify").then().statusCode(200).body("status", equalTo("VERIFIED"));
    }
}
