package vn.gov.moj.thidua.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** The items that wait on the secretariat beyond its dossier and sheet queues, each for it and nobody else. */
@QuarkusTest
class InboxWaitingItemsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final UUID CSTDTQ = DemoIds.id(100004);
    static final UUID PERIOD_2025 = DemoIds.id(9025);
    static final List<String> OTHER_ROLES = List.of("admin", "unit-officer", "unit-head", "cluster-lead", "council-member", "viewer");

    private static UUID unit(String name) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"CUC\",\"validFrom\":\"1990-01-01\"}".formatted(name))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
    }

    private static UUID period(String body) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON).body(body)
                .post("/api/v1/periods").then().statusCode(201).extract().path("id"));
    }

    private static UUID cluster(UUID period, String name, List<UUID> members, UUID head) {
        String ids = String.join(",", members.stream().map(m -> "\"" + m + "\"").toList());
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"periodId\":\"%s\",\"name\":\"%s\",\"kind\":\"CUM\",\"memberUnitIds\":[%s]%s}".formatted(period, name, ids,
                        head == null ? "" : ",\"headUnitId\":\"" + head + "\""))
                .post("/api/v1/clusters").then().statusCode(201).extract().path("id"));
    }

    private static JsonPath inbox(String role, UUID unit) {
        return Tokens.as(role, unit).get("/api/v1/inbox").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath inbox, String kind, Object objectId) {
        return inbox.getMap("items.find { it.kind == '" + kind + "' && it.objectId == '" + objectId + "' }");
    }

    /** No role but the secretariat lists the object, whatever the kind. */
    private static void onlyTheSecretariatSees(Object objectId, UUID unit) {
        for (String role : OTHER_ROLES) {
            assertThat(inbox(role, unit).getList("items.objectId")).as(role).doesNotContain(objectId.toString());
        }
    }

    @Test
    void shouldAskTheSecretariatToLaunchADraftCampaignByItsStartDate() {
        UUID unit = unit("Cục Hộp thư phát động");
        String campaign = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Phong trào chờ phát động","type":"THEMATIC","scope":"SECTOR","startDate":"%s","endDate":"%s",
                         "registrationDeadline":"%s","targetSelector":"LIST","targetUnitIds":["%s"]}"""
                        .formatted(TODAY.minusDays(3), TODAY.plusDays(90), TODAY.plusDays(30), unit))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");

        Map<String, Object> launch = item(inbox("secretariat", DemoIds.VU_TCCB), "CAMPAIGN_TO_LAUNCH", campaign);
        assertThat(launch).containsEntry("due", TODAY.minusDays(3).toString()).containsEntry("overdue", true)
                .containsEntry("role", "secretariat").containsEntry("objectType", "CAMPAIGN").containsEntry("route", "/campaigns/" + campaign);
        onlyTheSecretariatSees(campaign, unit);

        Tokens.as("secretariat").post("/api/v1/campaigns/" + campaign + "/launch").then().statusCode(200);
        assertThat(item(inbox("secretariat", DemoIds.VU_TCCB), "CAMPAIGN_TO_LAUNCH", campaign)).as("launched").isNull();
        assertThat(item(inbox("unit-officer", unit), "CAMPAIGN_TO_REGISTER", campaign)).as("now the target unit's").isNotNull();
    }

    @Test
    void shouldAskTheSecretariatToNameAHeadForAClusterOfARunningPeriod() {
        UUID first = unit("Cục Hộp thư cụm một");
        UUID second = unit("Cục Hộp thư cụm hai");
        UUID third = unit("Cục Hộp thư cụm ba");
        UUID fourth = unit("Cục Hộp thư cụm bốn");
        UUID running = period("{\"label\":\"2094\"}");
        UUID over = period("{\"label\":\"1996\"}");
        UUID headless = cluster(running, "Cụm hộp thư không trưởng", List.of(first, second), null);
        // a unit sits in one cluster of a kind per period: the headed cluster has units of its own
        UUID headed = cluster(running, "Cụm hộp thư có trưởng", List.of(third, fourth), third);
        UUID past = cluster(over, "Cụm hộp thư năm cũ", List.of(first, second), null);

        JsonPath secretariat = inbox("secretariat", DemoIds.VU_TCCB);
        assertThat(item(secretariat, "CLUSTER_WITHOUT_HEAD", headless)).containsEntry("title", "Cụm hộp thư không trưởng")
                .containsEntry("detail", "2094").containsEntry("due", "2094-12-31").containsEntry("overdue", false)
                .containsEntry("objectType", "CLUSTER").containsEntry("route", "/clusters?selected=" + headless);
        assertThat(item(secretariat, "CLUSTER_WITHOUT_HEAD", headed)).as("has a head").isNull();
        assertThat(item(secretariat, "CLUSTER_WITHOUT_HEAD", past)).as("its period is over").isNull();
        onlyTheSecretariatSees(headless, first);
    }

    @Test
    void shouldShowTheSecretariatDossiersInPublicCommentUntilTheyClose() {
        UUID unit = unit("Cục Hộp thư lấy ý kiến");
        String person = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"fullName\":\"Trần Thị Hộp\",\"unitId\":\"%s\",\"employmentType\":\"CIVIL_SERVANT\"}".formatted(unit))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        String dossier = Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Hoàn thành xuất sắc nhiệm vụ"}"""
                        .formatted(person, CSTDTQ, PERIOD_2025))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Đề nghị đặc cách\"}")
                .post("/api/v1/nominations/" + dossier + "/override-eligibility").then().statusCode(200);
        Tokens.as("unit-head", unit).post("/api/v1/nominations/" + dossier + "/submit").then().statusCode(200);
        for (String action : List.of("receive", "appraise", "put-on-agenda")) {
            Tokens.as("secretariat").post("/api/v1/nominations/" + dossier + "/" + action).then().statusCode(200);
        }
        assertThat(item(inbox("council-member", DemoIds.id(12)), "AGENDA_ITEM", dossier)).isNotNull();
        assertThat(item(inbox("secretariat", DemoIds.VU_TCCB), "NOMINATION_IN_PUBLIC_COMMENT", dossier)).as("not yet published").isNull();

        LocalDate closing = TODAY.plusDays(20);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closingDate\":\"%s\"}".formatted(closing))
                .post("/api/v1/nominations/" + dossier + "/open-public-comment").then().statusCode(200);
        assertThat(item(inbox("secretariat", DemoIds.VU_TCCB), "NOMINATION_IN_PUBLIC_COMMENT", dossier))
                .containsEntry("due", closing.toString()).containsEntry("overdue", false).containsEntry("title", "Chiến sĩ thi đua toàn quốc")
                .containsEntry("route", "/nominations/" + dossier);
        onlyTheSecretariatSees(dossier, unit);
    }

    @Test
    void shouldLeaveTheAdminWithoutAQueueOfItsOwn() {
        JsonPath admin = inbox("admin", DemoIds.VU_TCCB);
        assertThat(admin.getList("roles")).containsExactly("admin");
        assertThat(admin.getList("items")).isEmpty();
        assertThat(inbox("secretariat", DemoIds.VU_TCCB).getList("items")).isNotEmpty();
    }
}
