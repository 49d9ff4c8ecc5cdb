package vn.gov.moj.thidua.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.report.ReportService;
import vn.gov.moj.thidua.report.statistics.StatisticsService;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;

/**
 * Report and statistics reads go to the read replica when one is configured (in the tests: the same database through a
 * read-only role with its own application_name, EmbeddedPostgresResource), and stay on the primary inside a
 * transaction: on the connection of that transaction, which sees its writes.
 */
@QuarkusTest
class ReportQueriesTest {

    static final String APPLICATION_NAME = "SELECT current_setting('application_name')";

    @Inject
    ReportQueries queries;

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    @Inject
    StatisticsService statistics;

    private static void superuser(String sql) throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void readsOutsideATransactionGoToTheReplicaAndInsideOneStayOnThePrimary() {
        assertThat(queries.onReplica()).isTrue();
        assertThat(queries.list(APPLICATION_NAME).get(0)[0]).isEqualTo(EmbeddedPostgresResource.REPLICA_APPLICATION);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(queries.onReplica()).isFalse();
            // a write of this transaction, then a report read: the same connection, so it sees the write
            em.createNativeQuery("SELECT set_config('application_name', 'inside-a-write', true)").getSingleResult();
            em.createNativeQuery("CREATE TEMPORARY TABLE report_probe (n int) ON COMMIT DROP").executeUpdate();
            em.createNativeQuery("INSERT INTO report_probe VALUES (42)").executeUpdate();
            assertThat(queries.list(APPLICATION_NAME).get(0)[0]).isEqualTo("inside-a-write");
            assertThat(queries.list("SELECT n FROM report_probe").get(0)[0]).isEqualTo(42);
        });
    }

    @Test
    void theAwardsReportAndTheStatisticsFormsReadTheReplica() throws Exception {
        int year = 2025;
        long awards = reports.awards(null, null, null, null, null).awards();
        assertThat(awards).isPositive();
        assertThat(statistics.form("0602", year)).isNotNull();

        // the replica's role loses its right to read award types: reads that go there fail, the primary's do not
        superuser("REVOKE SELECT ON award_type FROM thidua_replica");
        try {
            assertThatThrownBy(() -> reports.awards(null, null, null, null, null)).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statistics.form("0602", year)).hasMessageContaining("permission denied");
            assertThat(QuarkusTransaction.requiringNew().call(() -> reports.awards(null, null, null, null, null).awards()))
                    .isEqualTo(awards);
            assertThat(QuarkusTransaction.requiringNew().call(() -> statistics.form("0602", year))).isNotNull();
        } finally {
            superuser("GRANT SELECT ON award_type TO thidua_replica");
        }
        assertThat(reports.awards(null, null, null, null, null).awards()).isEqualTo(awards);
    }
}
