package vn.gov.moj.thidua.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

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
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("{\"rating\":\"HTTNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(200)
                .body("ratings.find { it.year == 2025 }.rating", equalTo("HTTNV"));
        Tokens.as("unit-head", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("{\"rating\":\"HTXSNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(200);
        // Another unit's officer cannot even see the person.
        Tokens.as("unit-officer", DemoIds.CUC_HCTP).contentType(ContentType.JSON)
                .body("{\"rating\":\"KHTNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(404);
        // A viewer reads everyone but rates no one.
        Tokens.as("viewer").contentType(ContentType.JSON)
                .body("{\"rating\":\"KHTNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_NHUNG + "/ratings/2025")
                .then().statusCode(403);
        Tokens.as("secretariat").get("/api/v1/people/" + DemoIds.PERSON_NHUNG)
                .then().body("ratings.find { it.year == 2025 }.rating", equalTo("HTXSNV"));
    }

    @Test
    void shouldRefuseARatingForAFutureYear() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"rating\":\"HTXSNV\"}")
                .put("/api/v1/people/" + DemoIds.PERSON_PAO + "/ratings/2099")
                .then().statusCode(400);
    }
}
