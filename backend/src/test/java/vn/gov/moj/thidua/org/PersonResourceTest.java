package vn.gov.moj.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** People are personal data: unit staff see and rate only their own unit's people. */
@QuarkusTest
class PersonResourceTest {

    @Test
    void shouldShowAUnitOfficerOnlyTheirOwnUnitsPeople() {
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).queryParam("size", 200)
                .get("/api/v1/people")
                .then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.unitId", everyItem(equalTo(DemoIds.CUC_PBGDPL_TGPL.toString())));
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).queryParam("unitId", DemoIds.STP_LANG_SON)
                .get("/api/v1/people")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldHideAnotherUnitsPersonFromAUnitOfficer() {
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).get("/api/v1/people/" + DemoIds.PERSON_NHUNG)
                .then().statusCode(404);
        Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).get("/api/v1/people/" + DemoIds.PERSON_NHUNG)
                .then().statusCode(200).body("fullName", equalTo("Nguyễn Thị Hồng Nhung"));
    }

    @Test
    void shouldLetTheSecretariatSeeEveryone() {
        Tokens.as("secretariat").queryParam("unitId", DemoIds.STP_LANG_SON)
                .get("/api/v1/people")
                .then().statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void shouldFindPeopleWithoutAccents() {
        Tokens.as("secretariat").queryParam("q", "hong nhung")
                .get("/api/v1/people")
                .then().statusCode(200).body("items.fullName", hasItem("Nguyễn Thị Hồng Nhung"));
    }

    @Test
    void shouldShowWorkHistoryAndRatings() {
        Tokens.as("secretariat").get("/api/v1/people/" + DemoIds.PERSON_NHUNG)
                .then().statusCode(200)
                .body("assignments", hasSize(2))
                .body("assignments[0].unitName", equalTo("Cục Trợ giúp pháp lý"))
                .body("assignments[1].validTo", equalTo(null))
                .body("ratings.find { it.year == 2024 }.rating", equalTo("HTXSNV"));
    }

    @Test
    void shouldRecordATransferAsANewAssignment() {
        String location = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"fullName":"Lò Văn Chiến","birthYear":1991,"gender":"M","unitId":"%s","position":"Chuyên viên",
                         "employmentType":"CIVIL_SERVANT","assignedFrom":"2020-01-01"}""".formatted(DemoIds.STP_LANG_SON))
                .post("/api/v1/people")
                .then().statusCode(201).body("assignments", hasSize(1)).extract().header("Location");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"fullName":"Lò Văn Chiến","birthYear":1991,"gender":"M","unitId":"%s","position":"Chuyên viên chính",
                         "employmentType":"CIVIL_SERVANT","assignedFrom":"2026-01-01"}""".formatted(DemoIds.CUC_HCTP))
                .put(location)
                .then().statusCode(200)
                .body("unitId", equalTo(DemoIds.CUC_HCTP.toString()))
                .body("assignments", hasSize(2))
                .body("assignments[0].validTo", equalTo("2025-12-31"))
                .body("assignments[1].unitName", equalTo("Cục Hành chính tư pháp"));
    }

    @Test
    void shouldLetTheOwnUnitRateButNotAnotherUnit() {
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", etag(DemoIds.PERSON_NHUNG))
                .body("{\"rating\":\"HTTNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(200)
                .body("ratings.find { it.year == 2025 }.rating", equalTo("HTTNV"));
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON).header("If-Match", etag(DemoIds.PERSON_NHUNG))
                .body("{\"rating\":\"HTXSNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(200);
        // Another unit's officer cannot even see the person.
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON).header("If-Match", etag(DemoIds.PERSON_NHUNG))
                .body("{\"rating\":\"KHTNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(404);
        // A viewer reads everyone but rates no one.
        Tokens.as("viewer").contentType(ContentType.JSON).header("If-Match", etag(DemoIds.PERSON_NHUNG))
                .body("{\"rating\":\"KHTNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(403);
        Tokens.as("secretariat").get("/api/v1/people/" + DemoIds.PERSON_NHUNG)
                .then().body("ratings.find { it.year == 2025 }.rating", equalTo("HTXSNV"));
    }

    @Test
    void shouldRateOnlyWithTheCurrentETagOfThePerson() {
        String person = newPerson("Hà Thị Mai");
        String path = "/api/v1/people/" + person + "/ratings/";
        String first = etag(UUID.fromString(person));
        // Without If-Match: 428, for a year with no rating yet as for one already rated; nothing is recorded.
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"rating\":\"HTTNV\"}").put(path + "2024")
                .then().statusCode(428).contentType(startsWith("application/problem+json"));
        // A stale ETag: 412.
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", "\"999999\"").body("{\"rating\":\"HTTNV\"}")
                .put(path + "2024").then().statusCode(412).contentType(startsWith("application/problem+json"));
        Tokens.as("secretariat").get("/api/v1/people/" + person).then().header("ETag", equalTo(first)).body("ratings", hasSize(0));
        // The current ETag: recorded, and the answer carries the person's new ETag.
        String second = Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", first).body("{\"rating\":\"HTTNV\"}")
                .put(path + "2024").then().statusCode(200).body("ratings.find { it.year == 2024 }.rating", equalTo("HTTNV"))
                .extract().header("ETag");
        assertThat(second).isNotNull().isNotEqualTo(first);
        Tokens.as("secretariat").get("/api/v1/people/" + person).then().header("ETag", equalTo(second));
        // The ETag read before that rating is stale now, for the same year and for another one; and for a person update.
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", first).body("{\"rating\":\"KHTNV\"}").put(path + "2024")
                .then().statusCode(412);
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", first).body("{\"rating\":\"KHTNV\"}").put(path + "2023")
                .then().statusCode(412);
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", first).body(PERSON.formatted("Hà Thị Mai"))
                .put("/api/v1/people/" + person).then().statusCode(412);
        // Changing an existing year's rating with the current ETag works; without If-Match it is 428 too.
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"rating\":\"HTXSNV\"}").put(path + "2024").then().statusCode(428);
        String third = Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", second).body("{\"rating\":\"HTXSNV\"}")
                .put(path + "2024").then().statusCode(200).extract().header("ETag");
        assertThat(third).isNotEqualTo(second);
        Tokens.as("secretariat").get("/api/v1/people/" + person).then()
                .body("ratings", hasSize(1)).body("ratings[0].rating", equalTo("HTXSNV"));
    }

    @Test
    void ofSimultaneousRatingsWithOneETagExactlyOneIsRecorded() throws Exception {
        String person = newPerson("Đinh Văn Quang");
        String etag = etag(UUID.fromString(person));
        List<String> ratings = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String rating = ratings.get(i % ratings.size());
                int year = 2020 + i % 2;
                tasks.add(() -> Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag)
                        .body("{\"rating\":\"" + rating + "\"}").put("/api/v1/people/" + person + "/ratings/" + year).statusCode()
                        + " " + year + " " + rating);
            }
            List<String> outcomes = new ArrayList<>();
            for (var result : pool.invokeAll(tasks)) {
                outcomes.add(result.get());
            }
            List<String> winners = outcomes.stream().filter(o -> o.startsWith("200 ")).toList();
            assertThat(winners).as("outcomes %s", outcomes).hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.startsWith("412 "))).hasSize(15);
            String[] winner = winners.get(0).split(" ");
            Tokens.as("secretariat").get("/api/v1/people/" + person).then()
                    .body("ratings", hasSize(1))
                    .body("ratings[0].year", equalTo(Integer.parseInt(winner[1])))
                    .body("ratings[0].rating", equalTo(winner[2]));
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String PERSON = "{\"fullName\":\"%s\",\"birthYear\":1990,\"gender\":\"F\",\"unitId\":\"" + DemoIds.STP_LANG_SON
            + "\",\"position\":\"Chuyên viên\",\"employmentType\":\"CIVIL_SERVANT\",\"assignedFrom\":\"2020-01-01\"}";

    private static String newPerson(String name) {
        return Tokens.as("secretariat").contentType(ContentType.JSON).body(PERSON.formatted(name)).post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    static String etag(UUID person) {
        return Tokens.as("secretariat").get("/api/v1/people/" + person).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void shouldRefuseARatingForAFutureYear() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"rating\":\"HTXSNV\"}")
                .header("If-Match", etag(DemoIds.PERSON_PAO))
                .put("/api/v1/people/" + DemoIds.PERSON_PAO + "/ratings/2099")
                .then().statusCode(400);
    }
}
