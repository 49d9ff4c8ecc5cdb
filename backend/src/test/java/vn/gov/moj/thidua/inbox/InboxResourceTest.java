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
import vn.gov.moj.thidua.scoring.ScoringFixtures;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** The home inbox per role, on fresh units so other tests' changes cannot move the figures. */
@QuarkusTest
class InboxResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final UUID LDTT = DemoIds.id(100001);
    static final UUID PERIOD_2025 = DemoIds.id(9025);

    private static UUID unit(String name) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"CUC\",\"validFrom\":\"2020-01-01\"}".formatted(name))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
    }

    private static UUID person(UUID unit) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"fullName\":\"Lê Văn Hộp\",\"unitId\":\"%s\",\"employmentType\":\"CIVIL_SERVANT\"}".formatted(unit))
                .post("/api/v1/people").then().statusCode(201).extract().path("id"));
    }

    private static JsonPath inbox(String role, UUID unit) {
        return Tokens.as(role, unit).get("/api/v1/inbox").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath inbox, String kind, Object objectId) {
        return inbox.getMap("items.find { it.kind == '" + kind + "' && it.objectId == '" + objectId + "' }");
    }

    @Test
    void shouldWalkARegistrationAndADossierThroughEachRolesInbox() {
        UUID unit = unit("Cục Hộp thư thử");
        UUID person = person(unit);
        String campaign = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"title":"Phong trào hộp thư","type":"THEMATIC","scope":"SECTOR","startDate":"%s","endDate":"%s",
                         "registrationDeadline":"%s","interimReportDue":"%s","finalReportDue":"%s","targetSelector":"LIST","targetUnitIds":["%s"]}"""
                        .formatted(TODAY.minusDays(40), TODAY.plusDays(60), TODAY.plusDays(5), TODAY.minusDays(1), TODAY.plusDays(50), unit))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        Tokens.as("secretariat").post("/api/v1/campaigns/" + campaign + "/launch").then().statusCode(200);

        // the officer: register within 5 days, the interim report (overdue since yesterday), the final report later
        JsonPath officer = inbox("unit-officer", unit);
        Map<String, Object> register = item(officer, "CAMPAIGN_TO_REGISTER", campaign);
        assertThat(register).containsEntry("due", TODAY.plusDays(5).toString()).containsEntry("overdue", false)
                .containsEntry("route", "/campaigns/" + campaign).containsEntry("title", "Phong trào hộp thư");
        List<Map<String, Object>> reports = officer.getList("items.findAll { it.kind == 'CAMPAIGN_REPORT_DUE' }");
        assertThat(reports).extracting(r -> r.get("detail"), r -> r.get("due"), r -> r.get("overdue")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INTERIM", TODAY.minusDays(1).toString(), true),
                org.assertj.core.groups.Tuple.tuple("FINAL", TODAY.plusDays(50).toString(), false));
        assertThat(officer.getList("items.kind")).containsExactly("CAMPAIGN_REPORT_DUE", "CAMPAIGN_TO_REGISTER", "CAMPAIGN_REPORT_DUE");
        assertThat(officer.getInt("overdue")).isEqualTo(1);
        assertThat(officer.getInt("total")).isEqualTo(3);

        // the officer drafts a registration: it leaves the officer's list and awaits the head's signature
        String registration = Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body("{\"awardTypeId\":\"%s\",\"personId\":\"%s\",\"commitments\":\"Hoàn thành xuất sắc\"}".formatted(LDTT, person))
                .post("/api/v1/campaigns/" + campaign + "/registrations").then().statusCode(201).extract().path("id");
        assertThat(item(inbox("unit-officer", unit), "CAMPAIGN_TO_REGISTER", campaign)).isNull();
        assertThat(item(inbox("unit-head", unit), "REGISTRATIONS_TO_SUBMIT", campaign)).containsEntry("detail", "1");
        Tokens.as("unit-head", unit).post("/api/v1/campaigns/" + campaign + "/registrations/" + registration + "/submit")
                .then().statusCode(200);
        assertThat(item(inbox("unit-head", unit), "REGISTRATIONS_TO_SUBMIT", campaign)).isNull();
        assertThat(item(inbox("secretariat", DemoIds.VU_TCCB), "REGISTRATIONS_TO_APPROVE", campaign)).containsEntry("route",
                "/campaigns/" + campaign);

        // a dossier: the head submits it, the secretariat receives and returns it, the officer sees why
        String dossier = Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Hoàn thành xuất sắc nhiệm vụ"}"""
                        .formatted(person, LDTT, PERIOD_2025))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        assertThat(item(inbox("unit-head", unit), "NOMINATION_TO_SUBMIT", dossier)).containsEntry("route", "/nominations/" + dossier);
        Tokens.as("unit-head", unit).post("/api/v1/nominations/" + dossier + "/submit").then().statusCode(200);
        assertThat(item(inbox("unit-head", unit), "NOMINATION_TO_SUBMIT", dossier)).isNull();
        assertThat(item(inbox("secretariat", DemoIds.VU_TCCB), "NOMINATION_TO_RECEIVE", dossier)).isNotNull();
        Tokens.as("secretariat").post("/api/v1/nominations/" + dossier + "/receive").then().statusCode(200);
        assertThat(item(inbox("secretariat", DemoIds.VU_TCCB), "NOMINATION_TO_RECEIVE", dossier)).isNull();
        assertThat(item(inbox("secretariat", DemoIds.VU_TCCB), "NOMINATION_TO_APPRAISE", dossier)).isNotNull();
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Thiếu báo cáo thành tích\"}")
                .post("/api/v1/nominations/" + dossier + "/return").then().statusCode(200);
        assertThat(item(inbox("unit-officer", unit), "NOMINATION_RETURNED", dossier)).isNotNull();

        // another unit's officer sees none of it
        UUID other = unit("Cục Hộp thư khác");
        assertThat(inbox("unit-officer", other).getList("items")).isEmpty();
    }

    @Test
    void shouldGiveTheClusterLeadTheMembersSheetsToVerify() {
        UUID head = unit("Cục Cụm trưởng hộp thư");
        UUID deputy = unit("Cục Cụm phó hộp thư");
        UUID member = unit("Cục Thành viên hộp thư");
        ScoringFixtures.World world = ScoringFixtures.world("2093", List.of(head, deputy, member));
        UUID sheet = ScoringFixtures.openSheet(world.clusterId(), member);
        assertThat(item(inbox("unit-officer", member), "SHEET_TO_FILL", sheet)).containsEntry("route", "/scoring/sheets/" + sheet);
        assertThat(item(inbox("unit-head", member), "SHEET_TO_SUBMIT", sheet)).isNotNull();
        assertThat(item(inbox("cluster-lead", head), "SHEET_TO_VERIFY", sheet)).isNull();
        ScoringFixtures.scoreAll(sheet, member, "6");
        ScoringFixtures.submit(sheet, member);
        assertThat(item(inbox("unit-head", member), "SHEET_TO_SUBMIT", sheet)).isNull();
        assertThat(item(inbox("cluster-lead", head), "SHEET_TO_VERIFY", sheet)).containsEntry("detail", "Cục Thành viên hộp thư");
        assertThat(item(inbox("cluster-lead", deputy), "SHEET_TO_VERIFY", sheet)).isNotNull();
        assertThat(item(inbox("cluster-lead", member), "SHEET_TO_VERIFY", sheet)).as("not a lead of this cluster").isNull();
    }

    @Test
    void shouldShowTheCouncilItsAgendaAndTheViewerNothingToDo() {
        List<String> onAgenda = Tokens.as("secretariat").queryParam("status", "ON_AGENDA").queryParam("size", 200).get("/api/v1/nominations")
                .then().statusCode(200).extract().path("items.id");
        JsonPath council = inbox("council-member", DemoIds.id(12));
        assertThat(council.getList("items.findAll { it.kind == 'AGENDA_ITEM' }.objectId")).containsExactlyInAnyOrderElementsOf(onAgenda);
        assertThat(council.getList("items.kind")).allMatch(k -> k.equals("AGENDA_ITEM") || k.equals("BALLOT_TO_CAST"));
        JsonPath viewer = inbox("viewer", DemoIds.id(13));
        assertThat(viewer.getList("items")).isEmpty();
        assertThat(viewer.getList("roles")).containsExactly("viewer");
        io.restassured.RestAssured.given().get("/api/v1/inbox").then().statusCode(401);
    }
}
