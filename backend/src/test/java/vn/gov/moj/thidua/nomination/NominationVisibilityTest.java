package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** One visibility rule: for every role, the list shows exactly the dossiers the single read lets it open. */
@QuarkusTest
class NominationVisibilityTest {

    /** Sở Tư pháp tỉnh Tuyên Quang: no other test proposes its people. */
    static final UUID STP_TUYEN_QUANG = DemoIds.id(304);

    private record Caller(String role, UUID unit) {
    }

    @Test
    void shouldListToEachRoleExactlyTheDossiersItCanOpen() {
        UUID unit = STP_TUYEN_QUANG;
        Map<String, String> dossiers = new LinkedHashMap<>();
        dossiers.put("DRAFT", NominationFixtures.personDossier(unit, NominationFixtures.personOf(unit, 0), NominationFixtures.LDTT, "[]"));
        String submitted = NominationFixtures.personDossier(unit, NominationFixtures.personOf(unit, 1), NominationFixtures.LDTT, "[]");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kiểm thử quy trình\"}")
                .post("/api/v1/nominations/" + submitted + "/override-eligibility").then().statusCode(200);
        NominationFixtures.act(submitted, "unit-head", unit, "submit");
        dossiers.put("SUBMITTED", submitted);
        dossiers.put("ON_AGENDA", NominationFixtures.onAgenda(unit, NominationFixtures.personOf(unit, 2), NominationFixtures.LDTT));
        String publicComment = NominationFixtures.onAgenda(unit, NominationFixtures.personOf(unit, 3), NominationFixtures.CSTDTQ);
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closingDate\":\"2099-01-01\"}")
                .post("/api/v1/nominations/" + publicComment + "/open-public-comment").then().statusCode(200);
        dossiers.put("PUBLIC_COMMENT", publicComment);
        String rejected = NominationFixtures.onAgenda(unit, NominationFixtures.personOf(unit, 4), NominationFixtures.LDTT);
        NominationFixtures.councilResult(rejected, 15, 1, 14);
        dossiers.put("REJECTED", rejected);
        dossiers.put("DECIDED", NominationFixtures.decidedDossier(unit, 5, "907/QĐ-BTP"));
        dossiers.forEach((state, id) -> Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo(state)));

        Set<String> all = dossiers.keySet();
        Map<Caller, Set<String>> expected = new LinkedHashMap<>();
        expected.put(new Caller("secretariat", DemoIds.VU_TCCB), all);
        expected.put(new Caller("admin", DemoIds.VU_TCCB), all);
        expected.put(new Caller("unit-officer", unit), all);
        expected.put(new Caller("unit-head", unit), all);
        expected.put(new Caller("cluster-lead", unit), all);
        expected.put(new Caller("council-member", DemoIds.id(12)), Set.of("ON_AGENDA", "PUBLIC_COMMENT", "REJECTED", "DECIDED"));
        expected.put(new Caller("viewer", DemoIds.id(13)), Set.of("PUBLIC_COMMENT", "DECIDED"));
        expected.put(new Caller("integration", null), Set.of("PUBLIC_COMMENT", "DECIDED"));
        expected.put(new Caller("unit-officer", DemoIds.STP_LANG_SON), Set.of("PUBLIC_COMMENT"));
        expected.put(new Caller("cluster-lead", DemoIds.STP_LANG_SON), Set.of("PUBLIC_COMMENT"));

        expected.forEach((caller, states) -> {
            List<String> listed = Tokens.as(caller.role(), caller.unit()).queryParam("unitId", unit).queryParam("size", 200)
                    .get("/api/v1/nominations").then().statusCode(200).extract().path("items.id");
            Set<String> listedStates = dossiers.entrySet().stream().filter(e -> listed.contains(e.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            Set<String> openedStates = dossiers.entrySet().stream()
                    .filter(e -> Tokens.as(caller.role(), caller.unit()).get("/api/v1/nominations/" + e.getValue()).statusCode() == 200)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(listedStates).as("listed to " + caller).isEqualTo(states);
            assertThat(openedStates).as("opened by " + caller).isEqualTo(listedStates);
        });
    }
}
