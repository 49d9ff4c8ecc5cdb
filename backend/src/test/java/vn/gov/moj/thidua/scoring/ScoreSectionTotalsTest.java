package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The per-sheet, per-section totals the ranking reads (score_section_total, V92) equal the sums of the score entries
 * after entries are written, changed, removed and their sheet deleted; and the comparison catches totals that drifted.
 */
@QuarkusTest
class ScoreSectionTotalsTest {

    /** Rows where the kept totals and the entries' sums differ (a missing row on either side counts as zeros). */
    static final String MISMATCHES = """
            SELECT count(*) FROM (
                SELECT e.sheet_id, e.section_code, coalesce(sum(coalesce(e.verified_points, e.self_points)), 0) AS points,
                       coalesce(sum(e.self_points), 0) AS self_points,
                       coalesce(sum(coalesce(e.verified_points, e.self_points)) FILTER (WHERE e.method = 'DEDUCTION'), 0) AS deductions
                FROM score_entry e GROUP BY 1, 2) r
            FULL JOIN score_section_total t ON t.sheet_id = r.sheet_id AND t.section_code = r.section_code
            WHERE coalesce(r.points, 0) <> coalesce(t.points, 0) OR coalesce(r.self_points, 0) <> coalesce(t.self_points, 0)
               OR coalesce(r.deductions, 0) <> coalesce(t.deductions, 0)""";

    @Inject
    EntityManager em;

    private long mismatches() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(MISMATCHES).getSingleResult()).longValue());
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private UUID sheetWithEntries() {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "SELECT sheet_id FROM score_entry GROUP BY sheet_id HAVING count(*) > 1 ORDER BY sheet_id LIMIT 1").getSingleResult());
    }

    @Test
    void totalsFollowEveryWriteOfTheEntries() {
        assertThat(mismatches()).as("backfilled, and kept through the demo data and earlier tests").isZero();
        UUID sheet = sheetWithEntries();

        sql("UPDATE score_entry SET verified_points = coalesce(verified_points, self_points, 0) - 1 WHERE sheet_id = ?1", sheet);
        assertThat(mismatches()).as("verification cuts").isZero();
        sql("UPDATE score_entry SET verified_points = NULL, method = 'DEDUCTION' WHERE sheet_id = ?1 AND criterion_code = "
                + "(SELECT min(criterion_code) FROM score_entry WHERE sheet_id = ?1)", sheet);
        assertThat(mismatches()).as("a verification withdrawn, a method changed").isZero();

        // removed and written again (as a sheet's entries are replaced when it is saved)
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("CREATE TEMPORARY TABLE entries_copy ON COMMIT DROP AS SELECT * FROM score_entry WHERE sheet_id = ?1")
                    .setParameter(1, sheet).executeUpdate();
            em.createNativeQuery("DELETE FROM score_entry WHERE sheet_id = ?1").setParameter(1, sheet).executeUpdate();
            assertThat(((Number) em.createNativeQuery(MISMATCHES).getSingleResult()).longValue()).isZero();
            em.createNativeQuery("INSERT INTO score_entry SELECT * FROM entries_copy").executeUpdate();
            assertThat(((Number) em.createNativeQuery(MISMATCHES).getSingleResult()).longValue()).isZero();
        });
        assertThat(mismatches()).isZero();

        // the sheet deleted (its entries and totals go with it), inside a transaction that is then undone
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("DELETE FROM score_sheet WHERE id = ?1").setParameter(1, sheet).executeUpdate();
            assertThat(((Number) em.createNativeQuery(MISMATCHES).getSingleResult()).longValue()).isZero();
            assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM score_section_total WHERE sheet_id = ?1")
                    .setParameter(1, sheet).getSingleResult()).longValue()).isZero();
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(mismatches()).isZero();
    }

    @Test
    void theComparisonCatchesDriftedTotalsAndTheRebuildRepairsThem() {
        UUID sheet = sheetWithEntries();
        sql("UPDATE score_section_total SET points = points + 0.5 WHERE sheet_id = ?1", sheet);
        assertThat(mismatches()).isPositive();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT score_section_totals_rebuild()").getResultList());
        assertThat(mismatches()).isZero();
    }
}
