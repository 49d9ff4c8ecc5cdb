package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.nomination.eligibility.InitiativeScope;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The due-lists from the ledger and ratings, on fresh units: eligible, almost eligible with the missing piece, not
 * listed; the officer's subtree only; the frontline count; a draft dossier from a row.
 */
@QuarkusTest
class DueListsTest {

    static final UUID CSTDCS = DemoIds.id(100002);
    static final UUID LDTT = DemoIds.id(100001);
    static final UUID BK_BO = DemoIds.id(100010);

    @Inject
    EntityManager em;

    private static UUID unit(String name, String kind, UUID parent) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"%s\",\"validFrom\":\"2015-01-01\"%s}".formatted(name, kind,
                        parent == null ? "" : ",\"parentId\":\"" + parent + "\""))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
    }

    private static UUID person(String name, UUID unit) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"fullName\":\"%s\",\"unitId\":\"%s\",\"employmentType\":\"CIVIL_SERVANT\",\"assignedFrom\":\"2018-01-01\"}"
                        .formatted(name, unit))
                .post("/api/v1/people").then().statusCode(201).extract().path("id"));
    }

    private static void rate(UUID person, int year, String rating) {
        String etag = Tokens.as("secretariat").get("/api/v1/people/" + person).then().statusCode(200).extract().header("ETag");
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", etag).body("{\"rating\":\"%s\"}".formatted(rating))
                .put("/api/v1/people/" + person + "/ratings/" + year).then().statusCode(200);
    }

    private void award(UUID person, UUID type, int... years) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int year : years) {
                Award a = new Award();
                a.id = UUID.randomUUID();
                a.awardTypeId = type;
                a.personId = person;
                a.year = year;
                a.decisionNumber = "DL-" + year;
                a.decisionDate = LocalDate.of(year + 1, 1, 15);
                a.decidedBy = "Bộ trưởng";
                a.source = Award.Source.IMPORTED;
                a.createdBy = "test";
                em.persist(a);
            }
        });
    }

    private void unitAward(UUID unit, UUID type, int... years) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int year : years) {
                Award a = new Award();
                a.id = UUID.randomUUID();
                a.awardTypeId = type;
                a.unitId = unit;
                a.year = year;
                a.decisionNumber = "DLU-" + year;
                a.decisionDate = LocalDate.of(year + 1, 1, 15);
                a.decidedBy = "Bộ trưởng";
                a.source = Award.Source.IMPORTED;
                a.createdBy = "test";
                em.persist(a);
            }
        });
    }

    private void initiative(UUID owner) {
        QuarkusTransaction.requiringNew().run(() -> {
            Initiative i = new Initiative();
            i.title = "Sáng kiến số hoá sổ hộ tịch " + owner;
            i.scope = InitiativeScope.MINISTRY;
            i.recognitionNumber = "9/QĐ-BTP";
            i.recognitionDate = LocalDate.of(2025, 6, 1);
            i.recognitionBody = "Hội đồng sáng kiến Bộ Tư pháp";
            i.createdBy = "test";
            i.ownerIds.add(owner);
            em.persist(i);
        });
    }

    private static JsonPath list(String role, UUID unit, String query) {
        return Tokens.as(role, unit).get("/api/v1/due-lists?year=2025&size=200" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath list, String kind, String key, Object id) {
        return list.getMap("items.find { it.kind == '" + kind + "' && it." + key + " == '" + id + "' }");
    }

    @Test
    void listsEligibleAlmostAndNotListedWithTheRuleItsSourceAndTheMissingPiece() {
        UUID dept = unit("Sở Tư pháp Đủ điều kiện", "SO_TU_PHAP", null);
        UUID office = unit("Phòng Tư pháp Đủ điều kiện", "PHONG_TU_PHAP", dept);
        UUID other = unit("Cục Ngoài phạm vi", "CUC", null);
        UUID star = person("Lê Thị Đủ", office); // CSTĐCS 2023–2025 and a ministry initiative; BK Bộ 2020 then 5 good years
        UUID two = person("Trần Văn Gần", office); // CSTĐCS 2024–2025: one year short
        UUID noInitiative = person("Phạm Văn Thiếu", dept); // CSTĐCS 2023–2025, no initiative
        UUID once = person("Đỗ Thị Một", dept); // CSTĐCS 2025 only: not listed
        UUID outsider = person("Vũ Văn Ngoài", other);
        award(star, CSTDCS, 2021, 2023, 2024, 2025);
        award(star, BK_BO, 2020);
        initiative(star);
        for (int y = 2021; y <= 2025; y++) {
            rate(star, y, "HTXSNV");
        }
        award(two, CSTDCS, 2024, 2025);
        award(noInitiative, CSTDCS, 2023, 2024, 2025);
        award(once, CSTDCS, 2025);
        award(outsider, CSTDCS, 2023, 2024, 2025);
        // collectives: the office has 2/2 LĐTT, all rated, a CSTĐCS (eligible); the department misses one rating only
        award(star, LDTT, 2025);
        award(two, LDTT, 2025);
        rate(two, 2025, "HTTNV");
        award(noInitiative, LDTT, 2025);
        award(once, LDTT, 2025);
        rate(noInitiative, 2025, "HTTNV");

        JsonPath sector = list("secretariat", DemoIds.VU_TCCB, "&unitId=" + dept);
        Map<String, Object> eligible = row(sector, "CSTD_NGANH", "personId", star);
        assertThat(eligible).containsEntry("standing", "ELIGIBLE").containsEntry("ruleId", "R-CSTD-BO").containsEntry("frontline", true)
                .containsEntry("unitId", office.toString()).containsEntry("missing", null);
        assertThat((String) eligible.get("legalSource")).contains("Điều 22");
        Map<String, Object> short1 = row(sector, "CSTD_NGANH", "personId", two);
        assertThat(short1).containsEntry("standing", "ALMOST");
        assertThat((String) short1.get("missing")).contains("2");
        Map<String, Object> evidence = row(sector, "CSTD_NGANH", "personId", noInitiative);
        assertThat(evidence).containsEntry("standing", "ALMOST").containsEntry("frontline", false);
        assertThat((String) evidence.get("missing")).containsIgnoringCase("sáng kiến");
        assertThat(row(sector, "CSTD_NGANH", "personId", once)).isNull();
        assertThat(row(sector, "CSTD_NGANH", "personId", outsider)).isNull(); // another subtree
        assertThat(row(sector, "BK_TTG", "personId", star)).containsEntry("standing", "ELIGIBLE").containsEntry("ruleId", "R-BK-TTG(b)");
        assertThat(row(sector, "BK_TTG", "personId", two)).isNull(); // no ministry certificate
        Map<String, Object> collective = row(sector, "TTLDXS", "unitId", office);
        assertThat(collective).containsEntry("standing", "ELIGIBLE").containsEntry("personId", null);
        Map<String, Object> almostCollective = row(sector, "TTLDXS", "unitId", dept);
        assertThat(almostCollective).containsEntry("standing", "ALMOST");
        assertThat((String) almostCollective.get("missing")).contains("1/2");
        assertThat(sector.getLong("eligible")).isEqualTo(3);
        assertThat(sector.getLong("eligibleFrontline")).isEqualTo(3);
        assertThat(sector.getLong("almost")).isEqualTo(3);
        assertThat(sector.getList("items.standing")).startsWith("ELIGIBLE", "ELIGIBLE", "ELIGIBLE"); // eligible first

        // filters and paging
        JsonPath almost = list("secretariat", DemoIds.VU_TCCB, "&unitId=" + dept + "&standing=ALMOST&kind=CSTD_NGANH");
        assertThat(almost.getList("items.personId")).containsExactlyInAnyOrder(two.toString(), noInitiative.toString());
        Tokens.as("secretariat").get("/api/v1/due-lists?year=2025&unitId=" + dept + "&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(6));

        // the office's officer: its own subtree only
        JsonPath own = list("unit-officer", office, "");
        assertThat(own.getList("items.unitId")).containsOnly(office.toString());
        Tokens.as("unit-officer", office).get("/api/v1/due-lists?year=2025&unitId=" + dept).then().statusCode(403)
                .contentType("application/problem+json");
        Tokens.as("unit-head", dept).get("/api/v1/due-lists?year=2025&unitId=" + office).then().statusCode(200);
        Tokens.as("viewer").get("/api/v1/due-lists?year=2025").then().statusCode(403);
        Tokens.as("secretariat").get("/api/v1/due-lists?year=1900").then().statusCode(400);
        Tokens.as("secretariat").get("/api/v1/due-lists?year=2025&unitId=" + UUID.randomUUID()).then().statusCode(404);

        // one click: the officer drafts the eligible person's dossier with the row's award type and period
        String periodId = own.getString("periodId");
        String dossier = Tokens.as("unit-officer", office).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Đủ điều kiện theo R-CSTD-BO"}"""
                        .formatted(star, eligible.get("awardTypeId"), periodId))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        assertThat(row(list("unit-officer", office, ""), "CSTD_NGANH", "personId", star)).containsEntry("dossierId", dossier);
        List<Object> rows = list("unit-officer", office, "&frontline=false").getList("items");
        assertThat(rows).isEmpty();
    }

    /** R-BK-TTG-TT: units with five TTLĐXS years and a ministry flag (or two certificates) in them; one year short; not listed. */
    @Test
    void listsUnitsDueAPrimeMinisterCertificate() {
        UUID root = unit("Sở Tư pháp Bằng khen Thủ tướng", "SO_TU_PHAP", null);
        UUID flagged = unit("Phòng Tư pháp Năm năm xuất sắc", "PHONG_TU_PHAP", root);
        UUID certified = unit("Phòng Tư pháp Hai bằng khen", "PHONG_TU_PHAP", root);
        UUID fourYears = unit("Phòng Tư pháp Bốn năm", "PHONG_TU_PHAP", root);
        UUID oneCertificate = unit("Phòng Tư pháp Một bằng khen", "PHONG_TU_PHAP", root);
        unitAward(flagged, CatalogDemoIds.TTLDXS, 2021, 2022, 2023, 2024, 2025);
        unitAward(flagged, CatalogDemoIds.CO_NGANH, 2023);
        unitAward(certified, CatalogDemoIds.TTLDXS, 2021, 2022, 2023, 2024, 2025);
        unitAward(certified, CatalogDemoIds.BK_BO, 2022, 2024);
        unitAward(fourYears, CatalogDemoIds.TTLDXS, 2022, 2023, 2024, 2025);
        unitAward(fourYears, CatalogDemoIds.CO_NGANH, 2024);
        unitAward(oneCertificate, CatalogDemoIds.TTLDXS, 2021, 2022, 2023, 2024, 2025);
        unitAward(oneCertificate, CatalogDemoIds.BK_BO, 2024);

        JsonPath list = list("secretariat", DemoIds.VU_TCCB, "&unitId=" + root + "&kind=BK_TTG_UNIT");
        Map<String, Object> first = row(list, "BK_TTG_UNIT", "unitId", flagged);
        assertThat(first).containsEntry("standing", "ELIGIBLE").containsEntry("ruleId", "R-BK-TTG-TT").containsEntry("personId", null)
                .containsEntry("awardTypeCode", "BK_TTG").containsEntry("frontline", true);
        assertThat((String) first.get("legalSource")).contains("Điều 73");
        assertThat(row(list, "BK_TTG_UNIT", "unitId", certified)).containsEntry("standing", "ELIGIBLE");
        Map<String, Object> almost = row(list, "BK_TTG_UNIT", "unitId", fourYears);
        assertThat(almost).containsEntry("standing", "ALMOST");
        assertThat((String) almost.get("missing")).contains("2021");
        assertThat(row(list, "BK_TTG_UNIT", "unitId", oneCertificate)).isNull(); // one more TTLĐXS year would not help
        assertThat(row(list, "BK_TTG_UNIT", "unitId", root)).isNull(); // no collective awards
        assertThat(list.getList("items.kind")).containsOnly("BK_TTG_UNIT");
        // a unit's officer sees its own row only
        JsonPath own = list("unit-officer", certified, "&kind=BK_TTG_UNIT");
        assertThat(own.getList("items.unitId")).containsExactly(certified.toString());
    }
}
