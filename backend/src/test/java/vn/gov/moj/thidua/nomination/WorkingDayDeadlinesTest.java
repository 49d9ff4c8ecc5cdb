package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.common.time.ClockProducer;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Deadlines in working days, with a moved clock: the appraisal time (25 working days from the complete dossier) skips
 * Tết 2026; the dossier and the secretariat's inbox show the working days left, then overdue and first; the public
 * comment window defaults to 5 working days.
 */
@QuarkusTest
class WorkingDayDeadlinesTest {

    private static void setClock(int year, int month, int day) {
        QuarkusMock.installMockForType(Clock.fixed(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, ClockProducer.VIETNAM).toInstant(),
                ClockProducer.VIETNAM), Clock.class);
    }

    private static UUID unitWithPerson(String name) {
        UUID unit = UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"CUC\",\"validFrom\":\"2020-01-01\"}".formatted(name))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"fullName\":\"Trần Thị Hạn\",\"unitId\":\"%s\",\"employmentType\":\"CIVIL_SERVANT\"}".formatted(unit))
                .post("/api/v1/people").then().statusCode(201);
        return unit;
    }

    private static JsonPath dossier(String id) {
        return Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void appraisalTimeSkipsTetAndTurnsOverdueInTheDossierAndTheInbox() {
        setClock(2026, 2, 13); // Friday before Tết Bính Ngọ (16–20/02 off)
        UUID unit = unitWithPerson("Cục Hạn thẩm định thử");
        String id = NominationFixtures.personDossier(unit, NominationFixtures.personOf(unit, 0), NominationFixtures.LDTT, "[]");
        assertThat(dossier(id).getMap("deadline")).isNull(); // a draft has no time limit running
        NominationFixtures.act(id, "unit-head", unit, "submit");
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "receive");

        JsonPath received = dossier(id);
        assertThat(received.getString("deadline.kind")).isEqualTo("APPRAISAL");
        assertThat(received.getString("deadline.due")).isEqualTo("2026-03-27"); // 20/03 without the Tết week
        assertThat(received.getInt("deadline.workingDaysLeft")).isEqualTo(25);
        assertThat(received.getBoolean("deadline.overdue")).isFalse();
        assertThat(received.getString("deadline.ruleId")).isEqualTo("R-DEADLINE-APPRAISAL");

        setClock(2026, 3, 26); // Thursday: one working day left
        assertThat(dossier(id).getInt("deadline.workingDaysLeft")).isEqualTo(1);

        setClock(2026, 3, 31); // Tuesday: two working days past Friday 27/03
        JsonPath late = dossier(id);
        assertThat(late.getInt("deadline.workingDaysLeft")).isEqualTo(-2);
        assertThat(late.getBoolean("deadline.overdue")).isTrue();

        JsonPath inbox = Tokens.as("secretariat", DemoIds.VU_TCCB).get("/api/v1/inbox").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = inbox.getList("items");
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).get("objectId")) && "NOMINATION_TO_APPRAISE".equals(items.get(i).get("kind"))) {
                index = i;
            }
        }
        assertThat(index).isNotNegative();
        Map<String, Object> item = items.get(index);
        assertThat(item).containsEntry("due", "2026-03-27").containsEntry("overdue", true).containsEntry("workingDaysLeft", -2);
        assertThat(items.subList(0, index)).allSatisfy(i -> assertThat(i.get("overdue")).isEqualTo(true)); // overdue first

        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "appraise"); // appraising: the same clock runs
        assertThat(dossier(id).getInt("deadline.workingDaysLeft")).isEqualTo(-2);
    }

    @Test
    void publicCommentWindowDefaultsToFiveWorkingDaysAndAnExplicitDateStays() {
        setClock(2026, 2, 12); // Thursday
        UUID unit = unitWithPerson("Cục Lấy ý kiến thử");
        String id = NominationFixtures.personDossier(unit, NominationFixtures.personOf(unit, 0), NominationFixtures.CSTDTQ, "[]");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kiểm thử thời hạn\"}")
                .post("/api/v1/nominations/" + id + "/override-eligibility").then().statusCode(200);
        NominationFixtures.toAppraising(id, unit);
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closingDate\":\"2026-02-11\"}")
                .post("/api/v1/nominations/" + id + "/open-public-comment").then().statusCode(400); // in the past
        JsonPath opened = Tokens.as("secretariat").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/nominations/" + id + "/open-public-comment").then().statusCode(200).extract().jsonPath();
        // 13/02, then Tết, then 23–26/02: the fifth working day is Thursday 26/02 (not 19/02)
        assertThat(opened.getString("commentClosingDate")).isEqualTo("2026-02-26");
        assertThat(opened.getString("deadline.kind")).isEqualTo("PUBLIC_COMMENT");
        assertThat(opened.getInt("deadline.workingDaysLeft")).isEqualTo(5);
        setClock(2026, 2, 27);
        assertThat(dossier(id).getInt("deadline.workingDaysLeft")).isEqualTo(-1);
    }
}
