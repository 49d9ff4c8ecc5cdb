package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/** Unfiltered lists read their total from row_count (kept by triggers); it must equal counting the rows. */
@QuarkusTest
class RowCountTest {

    @Test
    void unfilteredTotalsEqualTheRowsAndFollowInsertsAndDeletes() throws SQLException {
        for (String[] list : new String[][] { { "/api/v1/units", "unit" }, { "/api/v1/people", "person" },
                { "/api/v1/nominations", "nomination" } }) {
            assertThat(total(list[0])).as(list[0]).isEqualTo(countRows(list[1]));
        }
        long before = total("/api/v1/units");
        String id = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"name\":\"Sở Tư pháp đếm " + UUID.randomUUID() + "\",\"kind\":\"SO_TU_PHAP\",\"validFrom\":\"2026-01-01\"}")
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        assertThat(total("/api/v1/units")).isEqualTo(before + 1).isEqualTo(countRows("unit"));

        // a delete (there is no API for it: operators only) moves the count back in the same transaction
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM unit WHERE id = '" + id + "'");
        }
        assertThat(total("/api/v1/units")).isEqualTo(before).isEqualTo(countRows("unit"));
    }

    @Test
    void filteredListsStillCountTheirMatches() throws SQLException {
        long provincial = Tokens.as("viewer").get("/api/v1/units?kind=SO_TU_PHAP&size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM unit WHERE kind = 'SO_TU_PHAP'")) {
            rs.next();
            assertThat(provincial).isEqualTo(rs.getLong(1)).isLessThan(countRows("unit"));
        }
    }

    @Test
    void aCountedTableCannotBeTruncatedBehindTheCountsBack() throws SQLException {
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                assertThatThrownBy(() -> s.execute("TRUNCATE nomination CASCADE")).hasMessageContaining("row_count");
            } finally {
                c.rollback();
            }
        }
    }

    private static long total(String path) {
        return Tokens.as("secretariat").get(path + "?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static long countRows(String table) throws SQLException {
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
