package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.Problem;
import vn.gov.moj.thidua.common.problem.ProblemMappers;

/** How unexpected failures from the database are told to clients (pure mapping, no Quarkus). */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void deadlocksAndSerializationFailuresAreRetryableConflicts() {
        for (String state : new String[] { "40001", "40P01" }) {
            Response response = mappers.unexpected(new PersistenceException(new SQLException("x", state)), null, null);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        }
    }

    @Test
    void aLostDatabaseConnectionIsServiceUnavailable() {
        Response response = mappers.unexpected(new PersistenceException(new SQLException("refused", "08001")), null, null);
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void anExhaustedConnectionPoolIsServiceBusyNotAnInternalError() {
        // what Agroal throws when every pooled connection stays in use past the acquisition timeout
        Response response = mappers.unexpected(new PersistenceException(new SQLException("Sorry, acquisition timeout!")), null, null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("/problems/busy");
        Response other = mappers.unexpected(new PersistenceException(new SQLException("syntax error at or near")), null, null);
        assertThat(other.getStatus()).isEqualTo(500);
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutDetails() {
        Response response = mappers.unexpected(new IllegalStateException("secret internals"), null, null);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("secret internals").contains("mã sự cố");
    }
}
