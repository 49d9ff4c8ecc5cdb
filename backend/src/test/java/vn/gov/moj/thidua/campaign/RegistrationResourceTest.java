package vn.gov.moj.thidua.campaign;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * A unit officer drafts for their unit or its people, the unit head submits, the secretariat approves or returns
 * with a reason; units never see each other's registrations.
 */
@QuarkusTest
class RegistrationResourceTest {

    private static String register(String campaignId, UUID unit, UUID awardType, UUID person) {
        return Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body(person == null
                        ? """
                                {"awardTypeId":"%s","commitments":"Hoàn thành xuất sắc nhiệm vụ"}""".formatted(awardType)
                        : """
                                {"awardTypeId":"%s","personId":"%s","commitments":"Có sáng kiến cấp cơ sở"}""".formatted(awardType, person))
                .post("/api/v1/campaigns/" + campaignId + "/registrations")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    @Test
    void shouldGoFromDraftThroughSubmissionToApproval() {
        String campaign = CampaignFixtures.launched("Đăng ký đến phê duyệt");
        String id = register(campaign, DemoIds.CUC_PBGDPL_TGPL, CatalogDemoIds.CSTDCS, DemoIds.PERSON_NHUNG);
        String path = "/api/v1/campaigns/" + campaign + "/registrations/" + id;

        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).post(path + "/submit").then().statusCode(403);
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).post(path + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("personName", equalTo("Nguyễn Thị Hồng Nhung")).body("subject", equalTo("INDIVIDUAL"));
        Tokens.as("secretariat").queryParam("status", "SUBMITTED").get("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(200).body("items.id", hasItem(id));
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).post(path + "/approve").then().statusCode(403);
        Tokens.as("secretariat").post(path + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("allowedActions", equalTo(List.of()));
        Tokens.as("secretariat").post(path + "/approve")
                .then().statusCode(409).body("currentState", equalTo("APPROVED"));

        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get(path + "/history")
                .then().statusCode(200)
                .body("action", equalTo(List.of("create", "submit", "approve")))
                .body("actor", equalTo(List.of("unit-officer", "unit-head", "secretariat")))
                .body("at", everyItem(notNullValue()));
    }

    @Test
    void shouldLetAReturnedRegistrationBeFixedAndSubmittedAgain() {
        String campaign = CampaignFixtures.launched("Trả lại và nộp lại");
        String id = register(campaign, DemoIds.CUC_HCTP, CatalogDemoIds.TTLDXS, null);
        String path = "/api/v1/campaigns/" + campaign + "/registrations/" + id;
        Tokens.as("unit-head", DemoIds.CUC_HCTP).post(path + "/submit").then().statusCode(200);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"\"}").post(path + "/return").then().statusCode(400);
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"reason":"Chưa đủ 100% thành viên hoàn thành nhiệm vụ; đề nghị đăng ký TTLĐTT"}""")
                .post(path + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", notNullValue());
        int version = Tokens.as("unit-officer", DemoIds.CUC_HCTP).get(path).then().statusCode(200).extract().path("version");
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("""
                        {"awardTypeId":"%s","commitments":"Ít nhất 70%% công chức đạt LĐTT"}""".formatted(CatalogDemoIds.TTLDTT))
                .put(path).then().statusCode(200).body("awardTypeCode", equalTo("TTLDTT")).body("status", equalTo("RETURNED"));
        Tokens.as("unit-head", DemoIds.CUC_HCTP).post(path + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("returnReason", equalTo(null));
        Tokens.as("unit-head", DemoIds.CUC_HCTP).get(path + "/history")
                .then().statusCode(200).body("action", equalTo(List.of("create", "submit", "return", "edit", "submit")))
                .body("[2].reason", equalTo("Chưa đủ 100% thành viên hoàn thành nhiệm vụ; đề nghị đăng ký TTLĐTT"));
    }

    @Test
    void shouldNeverShowOrChangeAnotherUnitsDrafts() {
        String campaign = CampaignFixtures.launched("Cách ly giữa các đơn vị");
        String id = register(campaign, DemoIds.CUC_PBGDPL_TGPL, CatalogDemoIds.TTLDTT, null);
        String path = "/api/v1/campaigns/" + campaign + "/registrations/" + id;

        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get(path).then().statusCode(404);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).header("If-Match", "*")
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDXS))
                .put(path).then().statusCode(404);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).post(path + "/submit").then().statusCode(404);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).delete(path).then().statusCode(404);
        Tokens.as("secretariat").get(path).then().statusCode(404);

        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).post(path + "/submit").then().statusCode(200);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get(path).then().statusCode(404);
        Tokens.as("secretariat").get(path).then().statusCode(200);
        Tokens.as("viewer").contentType(ContentType.JSON).header("If-Match", "*")
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDXS))
                .put(path).then().statusCode(403);
    }

    @Test
    void shouldRefuseASubjectThatDoesNotFitTheAwardType() {
        String campaign = CampaignFixtures.launched("Sai đối tượng");
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s","personId":"%s"}""".formatted(CatalogDemoIds.TTLDXS, DemoIds.PERSON_NHUNG))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(400).body("errors.field", hasItem("personId"))
                .body("detail", equalTo("Cá nhân: Tập thể lao động xuất sắc là hình thức khen thưởng tập thể: hãy đăng ký cho chính đơn vị"
                        + " (để trống ô cá nhân)"));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("""
                        {"awardTypeId":"%s","personId":"%s"}""".formatted(CatalogDemoIds.TTLDXS, DemoIds.PERSON_NHUNG))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(400).body("errors[0].message",
                        equalTo("Tập thể lao động xuất sắc is a collective award; register the unit itself (leave personId empty)"));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.CSTDCS))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(400).body("errors.field", hasItem("personId"));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s","personId":"%s"}""".formatted(CatalogDemoIds.CSTDCS, DemoIds.PERSON_NHUNG))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(400).body("errors.field", hasItem("personId"));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s","personId":"%s"}""".formatted(CatalogDemoIds.BK_BO, DemoIds.PERSON_NHUNG))
                .post("/api/v1/campaigns/" + campaign + "/registrations")
                .then().statusCode(201).body("subject", equalTo("INDIVIDUAL"));
    }

    @Test
    void shouldRefuseADuplicate() {
        String campaign = CampaignFixtures.launched("Trùng đăng ký");
        register(campaign, DemoIds.CUC_HCTP, CatalogDemoIds.TTLDTT, null);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDTT))
                .post("/api/v1/campaigns/" + campaign + "/registrations").then().statusCode(409);
        UUID person = CampaignFixtures.anyPersonOf(DemoIds.CUC_HCTP);
        register(campaign, DemoIds.CUC_HCTP, CatalogDemoIds.LDTT, person);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s","personId":"%s"}""".formatted(CatalogDemoIds.LDTT, person))
                .post("/api/v1/campaigns/" + campaign + "/registrations").then().statusCode(409);
    }

    @Test
    void shouldRefuseRegistrationsOutsideTheWindowOrAfterTheCampaignMovedOn() {
        String notYetLaunched = CampaignFixtures.draft("Chưa phát động");
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDTT))
                .post("/api/v1/campaigns/" + notYetLaunched + "/registrations").then().statusCode(404);

        String deadlinePassed = CampaignFixtures.draft("Hết hạn đăng ký", CampaignFixtures.TODAY.minusDays(30),
                CampaignFixtures.TODAY.plusDays(30), CampaignFixtures.TODAY.minusDays(1));
        CampaignFixtures.advance(deadlinePassed, "launch");
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDTT))
                .post("/api/v1/campaigns/" + deadlinePassed + "/registrations").then().statusCode(409);

        String notStarted = CampaignFixtures.draft("Chưa đến ngày", CampaignFixtures.TODAY.plusDays(5),
                CampaignFixtures.TODAY.plusDays(60), null);
        CampaignFixtures.advance(notStarted, "launch");
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDTT))
                .post("/api/v1/campaigns/" + notStarted + "/registrations").then().statusCode(409);

        String closed = CampaignFixtures.launched("Đã đóng");
        String draft = register(closed, DemoIds.CUC_HCTP, CatalogDemoIds.TTLDTT, null);
        CampaignFixtures.advance(closed, "start", "final-review");
        Tokens.as("unit-head", DemoIds.CUC_HCTP).post("/api/v1/campaigns/" + closed + "/registrations/" + draft + "/submit")
                .then().statusCode(409);
        CampaignFixtures.advance(closed, "close");
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDXS))
                .post("/api/v1/campaigns/" + closed + "/registrations").then().statusCode(409)
                .body("detail", equalTo("Phong trào đang ở trạng thái \"Đã kết thúc\": chỉ nhận đăng ký thi đua khi phong trào"
                        + " đã phát động hoặc đang triển khai."));
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDXS))
                .post("/api/v1/campaigns/" + closed + "/registrations").then().statusCode(409)
                .body("detail", equalTo("The campaign is CLOSED; registrations are taken only while it is LAUNCHED or IN_PROGRESS"));
    }

    @Test
    void shouldRefuseAUnitThatIsNotATargetOrAnotherUnitsName() {
        String campaign = CampaignFixtures.launched("Không phải đơn vị được phát động");
        Tokens.as("unit-officer", DemoIds.CUC_DKGDBD_BTNN).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDTT))
                .post("/api/v1/campaigns/" + campaign + "/registrations").then().statusCode(409);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s","unitId":"%s"}""".formatted(CatalogDemoIds.TTLDTT, DemoIds.CUC_PBGDPL_TGPL))
                .post("/api/v1/campaigns/" + campaign + "/registrations").then().statusCode(403);
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"awardTypeId":"%s"}""".formatted(CatalogDemoIds.TTLDTT))
                .post("/api/v1/campaigns/" + campaign + "/registrations").then().statusCode(403);
    }

    @Test
    void shouldCompileTotalsPerAwardTypeAndStatusWithoutDrafts() {
        Tokens.as("viewer").get("/api/v1/campaigns/" + CatalogDemoIds.CAMPAIGN_2026 + "/registrations/totals")
                .then().statusCode(200)
                .body("rows.find { it.code == 'TTLDXS' }.approved", equalTo(1))
                .body("rows.find { it.code == 'CO_NGANH' }.submitted", equalTo(1))
                .body("rows.find { it.code == 'CSTD_NGANH' }.returned", equalTo(1))
                .body("rows.code", not(hasItem("LDTT")))
                .body("approved", equalTo(2))
                .body("total", equalTo(5));
    }

    @Test
    void shouldLetADraftBeDiscardedButNothingLater() {
        String campaign = CampaignFixtures.launched("Huỷ bản nháp");
        String id = register(campaign, DemoIds.CUC_HCTP, CatalogDemoIds.TTLDTT, null);
        String path = "/api/v1/campaigns/" + campaign + "/registrations/" + id;
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).delete(path).then().statusCode(204);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get(path).then().statusCode(404);
        String submitted = register(campaign, DemoIds.CUC_HCTP, CatalogDemoIds.TTLDTT, null);
        Tokens.as("unit-head", DemoIds.CUC_HCTP).post("/api/v1/campaigns/" + campaign + "/registrations/" + submitted + "/submit")
                .then().statusCode(200);
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).delete("/api/v1/campaigns/" + campaign + "/registrations/" + submitted)
                .then().statusCode(409);
    }
}
