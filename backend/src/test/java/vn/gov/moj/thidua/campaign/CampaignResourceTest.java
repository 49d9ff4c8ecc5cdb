package vn.gov.moj.thidua.campaign;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Campaigns go DRAFT → LAUNCHED → IN_PROGRESS → FINAL_REVIEW → CLOSED, each step explicit and recorded. */
@QuarkusTest
class CampaignResourceTest {

    @Test
    void shouldDeliverALaunchedCampaignToEveryTargetUnitsInbox() {
        String id = CampaignFixtures.draft("Phong trào hộp thư đến");
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/campaigns/inbox")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/campaigns/" + id).then().statusCode(404);

        Tokens.as("secretariat").post("/api/v1/campaigns/" + id + "/launch")
                .then().statusCode(200).body("status", equalTo("LAUNCHED")).body("launchedAt", notNullValue())
                .body("allowedActions", equalTo(java.util.List.of("start")));

        Tokens.as("unit-officer", DemoIds.CUC_HCTP).queryParam("size", 200).get("/api/v1/campaigns/inbox")
                .then().statusCode(200).body("items.id", hasItem(id));
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).queryParam("size", 200).get("/api/v1/campaigns/inbox")
                .then().statusCode(200).body("items.id", hasItem(id));
        Tokens.as("unit-head", DemoIds.CUC_DKGDBD_BTNN).queryParam("size", 200).get("/api/v1/campaigns/inbox")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        Tokens.as("viewer").queryParam("targetUnitId", DemoIds.CUC_HCTP).queryParam("size", 200).get("/api/v1/campaigns")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldResolveTargetUnitsFromAClusterOrAKind() {
        String body = """
                {"title":"Thi đua theo cụm","type":"REGULAR","scope":"CLUSTER","startDate":"2026-01-01","endDate":"2026-12-31",
                 "targetSelector":"CLUSTER","targetClusterId":"%s"}""".formatted(DemoIds.CUM_III_2026);
        Tokens.as("secretariat").contentType(ContentType.JSON).body(body).post("/api/v1/campaigns")
                .then().statusCode(201).body("targetUnits", hasSize(6)).body("launchingUnitId", equalTo(DemoIds.VU_TCCB.toString()))
                .body("status", equalTo("DRAFT")).body("allowedActions", equalTo(java.util.List.of("launch")));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Thi đua các Sở Tư pháp","type":"THEMATIC","scope":"SECTOR","startDate":"2026-01-01","endDate":"2026-12-31",
                         "targetSelector":"KIND","targetUnitKind":"SO_TU_PHAP"}""")
                .post("/api/v1/campaigns")
                .then().statusCode(201).body("targetUnits.unitName", hasItem("Sở Tư pháp tỉnh Lạng Sơn"))
                .body("targetUnits", hasSize(5));
    }

    @Test
    void shouldRefuseATargetThatDidNotExistDuringTheCampaign() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Thi đua 2026","type":"REGULAR","scope":"SECTOR","startDate":"2026-01-01","endDate":"2026-12-31",
                         "targetSelector":"LIST","targetUnitIds":["%s"]}""".formatted(DemoIds.CUC_TGPL))
                .post("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("targetUnitIds"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Thi đua 2026","type":"REGULAR","scope":"SECTOR","startDate":"2026-01-01","endDate":"2026-12-31",
                         "targetSelector":"CLUSTER"}""")
                .post("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("targetClusterId"));
    }

    @Test
    void shouldRefuseAnEndBeforeTheStartNamingTheFieldAndDatesInTheCallersLanguage() {
        String backwards = """
                {"title":"Thi đua ngược ngày","type":"REGULAR","scope":"SECTOR","startDate":"2026-06-01","endDate":"2026-05-31",
                 "targetSelector":"LIST","targetUnitIds":["%s"]}""".formatted(DemoIds.CUC_HCTP);
        Tokens.as("secretariat").contentType(ContentType.JSON).body(backwards).post("/api/v1/campaigns")
                .then().statusCode(400).body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors[0].field", equalTo("endDate"))
                .body("detail", equalTo("Ngày kết thúc: không được trước ngày bắt đầu (01/06/2026)"));
        Tokens.as("secretariat").contentType(ContentType.JSON).header("Accept-Language", "en").body(backwards).post("/api/v1/campaigns")
                .then().statusCode(400).body("title", equalTo("Invalid request"))
                .body("errors[0].message", equalTo("must not be before startDate"));
    }

    @Test
    void shouldRefuseIllegalTransitionsNamingTheAllowedOnes() {
        String id = CampaignFixtures.draft("Phong trào chuyển trạng thái");
        Tokens.as("secretariat").post("/api/v1/campaigns/" + id + "/close")
                .then().statusCode(409).body("currentState", equalTo("DRAFT")).body("allowedActions", equalTo(java.util.List.of("launch")))
                .body("title", equalTo("Thao tác không hợp lệ ở trạng thái hiện tại"))
                .body("detail", equalTo("Phong trào thi đua đang ở trạng thái \"Nháp\" nên không thể thực hiện \"kết thúc\"."
                        + " Thao tác được phép: phát động."));
        Tokens.as("secretariat").header("Accept-Language", "en").post("/api/v1/campaigns/" + id + "/close")
                .then().statusCode(409).body("title", equalTo("Illegal state change"))
                .body("detail", equalTo("Campaign in state DRAFT does not allow 'close'; allowed: launch"));
        CampaignFixtures.advance(id, "launch", "start", "final-review", "close");
        Tokens.as("secretariat").post("/api/v1/campaigns/" + id + "/launch")
                .then().statusCode(409).body("currentState", equalTo("CLOSED")).body("allowedActions", hasSize(0));
        Tokens.as("secretariat").get("/api/v1/campaigns/" + id + "/history")
                .then().statusCode(200)
                .body("action", equalTo(java.util.List.of("create", "launch", "start", "final-review", "close")))
                .body("actor", everyItem(equalTo("secretariat")))
                // Shown by name and role, not by login name (the test token: given "An secretariat", family "Nguyễn").
                .body("actorName", everyItem(equalTo("Nguyễn An secretariat")))
                .body("actorRoles", everyItem(equalTo(java.util.List.of("secretariat"))))
                .body("[1].fromState", equalTo("DRAFT")).body("[1].toState", equalTo("LAUNCHED"));
    }

    @Test
    void shouldLetOnlyTheSecretariatCreateAndLaunch() {
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"title":"x","type":"REGULAR","scope":"UNIT","startDate":"2026-01-01","endDate":"2026-12-31","targetSelector":"LIST","targetUnitIds":["%s"]}"""
                        .formatted(DemoIds.CUC_HCTP))
                .post("/api/v1/campaigns").then().statusCode(403);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).post("/api/v1/campaigns/" + CatalogDemoIds.CAMPAIGN_2026 + "/final-review")
                .then().statusCode(403);
    }

    @Test
    void shouldEditOnlyDrafts() {
        String id = CampaignFixtures.draft("Bản nháp để sửa");
        String edited = """
                {"title":"Bản nháp đã sửa","type":"REGULAR","scope":"SECTOR","startDate":"2026-01-01","endDate":"2026-12-31",
                 "targetSelector":"LIST","targetUnitIds":["%s"]}""".formatted(DemoIds.CUC_HCTP);
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                .put("/api/v1/campaigns/" + id).then().statusCode(200).body("title", equalTo("Bản nháp đã sửa")).body("targetUnits", hasSize(1));
        CampaignFixtures.advance(id, "launch");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", "*").body(edited)
                .put("/api/v1/campaigns/" + id).then().statusCode(409).body("currentState", equalTo("LAUNCHED"));
    }

    @Test
    void shouldCollectOneInterimReportPerTargetUnitWhileInProgress() {
        String id = CampaignFixtures.launched("Phong trào báo cáo sơ kết");
        String report = """
                {"stage":"INTERIM","summary":"Đã phát động, 100% công chức đăng ký."}""";
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON).body(report)
                .post("/api/v1/campaigns/" + id + "/reports").then().statusCode(409);
        CampaignFixtures.advance(id, "start");
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON).body(report)
                .post("/api/v1/campaigns/" + id + "/reports").then().statusCode(201).body("unitName", equalTo("Cục Hành chính tư pháp"));
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON).body(report)
                .post("/api/v1/campaigns/" + id + "/reports").then().statusCode(409);
        Tokens.as("unit-head", DemoIds.CUC_DKGDBD_BTNN).contentType(ContentType.JSON).body(report)
                .post("/api/v1/campaigns/" + id + "/reports").then().statusCode(403);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"stage":"FINAL","summary":"Tổng kết"}""")
                .post("/api/v1/campaigns/" + id + "/reports").then().statusCode(409);
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/campaigns/" + id + "/reports")
                .then().statusCode(200).body("", hasSize(0));
        Tokens.as("secretariat").get("/api/v1/campaigns/" + id + "/reports")
                .then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void shouldShowWhoRegisteredReportedOrIsOverdue() {
        Tokens.as("secretariat").get("/api/v1/campaigns/" + CatalogDemoIds.CAMPAIGN_2026 + "/participation")
                .then().statusCode(200)
                .body("targetUnits", equalTo(6))
                .body("units.find { it.unitId == '%s' }.registrations".formatted(DemoIds.CUC_DKGDBD_BTNN), equalTo(3))
                .body("units.find { it.unitId == '%s' }.approvedRegistrations".formatted(DemoIds.CUC_DKGDBD_BTNN), equalTo(2))
                .body("units.find { it.unitId == '%s' }.interimReported".formatted(DemoIds.CUC_HCTP), equalTo(true))
                .body("units.find { it.unitId == '%s' }.registrations".formatted(DemoIds.CUC_PBGDPL_TGPL), equalTo(0));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/campaigns/" + CatalogDemoIds.CAMPAIGN_2026 + "/participation")
                .then().statusCode(403);
    }

    @Test
    void shouldMarkUnitsOverdueOnceADeadlinePassesWithNothingFromThem() {
        String id = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Phong trào quá hạn","type":"THEMATIC","scope":"SECTOR","startDate":"%s","endDate":"%s",
                         "registrationDeadline":"%s","interimReportDue":"%s",
                         "targetSelector":"LIST","targetUnitIds":["%s","%s"]}"""
                        .formatted(CampaignFixtures.TODAY.minusDays(60), CampaignFixtures.TODAY.plusDays(60),
                                CampaignFixtures.TODAY.minusDays(30), CampaignFixtures.TODAY.minusDays(1),
                                DemoIds.CUC_HCTP, DemoIds.CUC_PBGDPL_TGPL))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        CampaignFixtures.advance(id, "launch", "start");
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"stage":"INTERIM","summary":"Đã sơ kết"}""")
                .post("/api/v1/campaigns/" + id + "/reports").then().statusCode(201);
        Tokens.as("viewer").get("/api/v1/campaigns/" + id + "/participation")
                .then().statusCode(200)
                .body("overdueUnits", equalTo(2))
                .body("interimReportedUnits", equalTo(1))
                .body("units.find { it.unitId == '%s' }.overdueReasons".formatted(DemoIds.CUC_PBGDPL_TGPL),
                        containsInAnyOrder("REGISTRATION", "INTERIM_REPORT"))
                .body("units.find { it.unitId == '%s' }.overdueReasons".formatted(DemoIds.CUC_HCTP), equalTo(java.util.List.of("REGISTRATION")));
    }

    @Test
    void shouldAttachLinksAndFilesWithinLimits() {
        String id = CampaignFixtures.draft("Phong trào có tài liệu");
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Kế hoạch","url":"https://moj.gov.vn/ke-hoach.pdf"}""")
                .post("/api/v1/campaigns/" + id + "/links").then().statusCode(201).body("url", equalTo("https://moj.gov.vn/ke-hoach.pdf"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Kế hoạch","url":"javascript:alert(1)"}""")
                .post("/api/v1/campaigns/" + id + "/links").then().statusCode(400);
        byte[] pdf = "%PDF-1.4 ke hoach".getBytes();
        String contentUrl = Tokens.as("secretariat").multiPart("title", "Quyết định ban hành")
                .multiPart("file", "quyet-dinh.pdf", pdf, "application/pdf")
                .post("/api/v1/campaigns/" + id + "/documents")
                .then().statusCode(201).body("sizeBytes", equalTo(pdf.length)).extract().path("contentUrl");
        Tokens.as("secretariat").get(contentUrl).then().statusCode(200).contentType("application/pdf");
        Tokens.as("secretariat").multiPart("file", "virus.exe", new byte[] { 77, 90 }, "application/x-msdownload")
                .post("/api/v1/campaigns/" + id + "/documents").then().statusCode(415);
        Tokens.as("secretariat").multiPart("file", "big.pdf", new byte[10 * 1024 * 1024 + 1], "application/pdf")
                .post("/api/v1/campaigns/" + id + "/documents").then().statusCode(413);
        Tokens.as("secretariat").get("/api/v1/campaigns/" + id).then().statusCode(200).body("documents", hasSize(2));
        Tokens.as("unit-head", DemoIds.CUC_HCTP).multiPart("file", "a.pdf", pdf, "application/pdf")
                .post("/api/v1/campaigns/" + id + "/documents").then().statusCode(403);
    }
}
