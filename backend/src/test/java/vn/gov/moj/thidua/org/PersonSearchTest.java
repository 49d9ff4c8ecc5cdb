package vn.gov.moj.thidua.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/**
 * People search (issue 21): a search needs two characters, and counts at most 1,000 matches (the page then says
 * "hơn 1.000" with {@code totalCapped}), so its cost does not grow with the matches of a common name.
 */
@QuarkusTest
class PersonSearchTest {

    @Test
    void shouldRefuseASearchOfOneCharacterInVietnameseAndEnglish() {
        Tokens.as("secretariat").queryParam("q", " đ ").get("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", startsWith("từ khoá tìm kiếm cần ít nhất 2 ký tự"));
        Tokens.as("secretariat").header("Accept-Language", "en").queryParam("q", "n").get("/api/v1/people")
                .then().statusCode(400).body("errors[0].message", startsWith("the search text needs at least 2 characters"));
    }

    @Test
    void shouldSearchWithTwoCharactersAndCountExactlyBelowTheCap() {
        Tokens.as("secretariat").queryParam("q", "hồng nhung").get("/api/v1/people")
                .then().statusCode(200)
                .body("items.fullName", hasItem("Nguyễn Thị Hồng Nhung"))
                .body("totalCapped", equalTo(false));
        Tokens.as("secretariat").queryParam("q", "nh").queryParam("size", 200).get("/api/v1/people")
                .then().statusCode(200).body("totalCapped", equalTo(false));
        // an empty q is no search at all
        Tokens.as("secretariat").queryParam("q", "").queryParam("size", 1).get("/api/v1/people")
                .then().statusCode(200).body("totalCapped", equalTo(false));
    }

    @Test
    void shouldCapTheCountOfACommonNameAtOneThousand() throws SQLException {
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (id, full_name, unit_id, employment_type) SELECT gen_random_uuid(), "
                    + "'Quách Thị Zyx ' || n, '" + DemoIds.STP_LANG_SON + "', 'CIVIL_SERVANT' FROM generate_series(1, 1001) n");
        }
        try {
            Tokens.as("secretariat").queryParam("q", "quach thi zyx").queryParam("size", 50).get("/api/v1/people")
                    .then().statusCode(200)
                    .body("total", equalTo(1000)).body("totalCapped", equalTo(true))
                    .body("items", hasSize(50)).body("items.fullName", everyItem(startsWith("Quách Thị Zyx ")));
            // the names' own order stays (full name, then id)
            Tokens.as("secretariat").queryParam("q", "quach thi zyx 1000").get("/api/v1/people")
                    .then().statusCode(200).body("total", equalTo(1)).body("totalCapped", equalTo(false))
                    .body("items[0].fullName", equalTo("Quách Thị Zyx 1000"))
                    .body("items[0].unitName", equalTo(unitName()));
        } finally {
            try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM person WHERE full_name LIKE 'Quách Thị Zyx %'");
            }
        }
    }

    private static String unitName() {
        return Tokens.as("secretariat").get("/api/v1/units/" + DemoIds.STP_LANG_SON).then().statusCode(200).extract().path("name");
    }
}
