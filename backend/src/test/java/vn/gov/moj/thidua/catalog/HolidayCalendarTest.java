package vn.gov.moj.thidua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.Tokens;

/** The seeded holiday calendar and its upkeep by the secretariat: listed by year, added, removed, audited; refusals. */
@QuarkusTest
class HolidayCalendarTest {

    @Inject
    HolidayCalendar calendar;

    @Test
    void seededTet2026AndTheSwapsOf2025CountInWorkingDays() {
        Tokens.as("viewer").queryParam("year", 2026).get("/api/v1/holidays").then().statusCode(200)
                .body("day", hasItem("2026-02-17")).body("find { it.day == '2026-02-17' }.name", equalTo("Tết Nguyên đán"))
                .body("find { it.day == '2026-02-17' }.verified", equalTo(true));
        Tokens.as("viewer").queryParam("year", 2025).get("/api/v1/holidays").then().statusCode(200)
                .body("find { it.day == '2025-04-26' }.workingDay", equalTo(true))
                .body("find { it.day == '2025-05-02' }.kind", equalTo("SWAPPED_OFF"));
        var w = calendar.workingDays();
        assertThat(w.plus(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(w.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue(); // make-up Saturday
        assertThat(w.isWorkingDay(LocalDate.of(2022, 5, 3))).isFalse(); // compensating day for 1/5 on a Sunday
        for (int year = 2019; year <= 2027; year++) {
            List<String> days = Tokens.as("viewer").queryParam("year", year).get("/api/v1/holidays").then().statusCode(200).extract().path("day");
            assertThat(days).as("year %d", year).contains(year + "-01-01", year + "-04-30", year + "-05-01", year + "-09-02");
        }
    }

    @Test
    void secretariatAddsAndRemovesADayAuditedOthersMayNot() {
        String body = """
                {"day":"2030-11-25","kind":"SWAPPED_OFF","name":"Nghỉ hoán đổi thử","source":"Thông báo thử","verified":false}""";
        Tokens.as("unit-officer").contentType(ContentType.JSON).body(body).post("/api/v1/holidays").then().statusCode(403);
        String id = Tokens.as("secretariat").contentType(ContentType.JSON).body(body).post("/api/v1/holidays").then().statusCode(201)
                .body("kind", equalTo("SWAPPED_OFF")).body("workingDay", equalTo(false)).extract().path("id");
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2030, 11, 25))).isFalse();
        Tokens.as("secretariat").contentType(ContentType.JSON).body(body).post("/api/v1/holidays").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("đã có trong lịch nghỉ lễ"));
        Tokens.as("admin").queryParam("entityType", "Holiday").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("add"));
        Tokens.as("unit-head").delete("/api/v1/holidays/" + id).then().statusCode(403);
        Tokens.as("secretariat").delete("/api/v1/holidays/" + id).then().statusCode(204);
        Tokens.as("secretariat").delete("/api/v1/holidays/" + id).then().statusCode(404);
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2030, 11, 25))).isTrue();
        Tokens.as("viewer").queryParam("year", 2030).get("/api/v1/holidays").then().statusCode(200).body("day", not(hasItem("2030-11-25")));
    }

    @Test
    void refusesAMakeUpDayOnAWeekdayAnOffDayOnAWeekendAndABadYear() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"day":"2030-11-26","kind":"MAKE_UP_WORKDAY","name":"Làm bù","source":"Thử"}""")
                .post("/api/v1/holidays").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"day":"2030-11-30","kind":"COMPENSATING","name":"Nghỉ bù","source":"Thử"}""")
                .post("/api/v1/holidays").then().statusCode(400);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"kind\":\"HOLIDAY\"}").post("/api/v1/holidays").then().statusCode(400);
        Tokens.as("viewer").queryParam("year", 1900).get("/api/v1/holidays").then().statusCode(400);
        Tokens.as("viewer").get("/api/v1/holidays").then().statusCode(400);
    }
}
