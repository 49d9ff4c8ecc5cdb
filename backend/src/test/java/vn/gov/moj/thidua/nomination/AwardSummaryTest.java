package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The yearly awards summary (V91) read by the awards report equals the raw aggregate over the ledger after every kind
 * of ledger write — a decision issued, a revocation, an import — and after the changes that move an award to another
 * group (a person's leader flag, an assignment, a unit's kind); and the comparison does catch a summary that drifted.
 */
@QuarkusTest
class AwardSummaryTest {

    /** Sở Tư pháp tỉnh Điện Biên: AwardLedgerRevocationTest decides its person 0; this test takes person 1. */
    static final UUID STP_DIEN_BIEN = DemoIds.id(305);

    static final String HEADER = "awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\n";

    static final Comparator<AwardReads.Tally> ORDER = Comparator.comparingInt(AwardReads.Tally::year)
            .thenComparing(AwardReads.Tally::awardTypeCode).thenComparing(AwardReads.Tally::unitKind)
            .thenComparing(AwardReads.Tally::individual).thenComparing(AwardReads.Tally::leader);

    @Inject
    SqlAwardReads reads;

    @Inject
    EntityManager em;

    private List<AwardReads.Tally> summary() {
        return QuarkusTransaction.requiringNew().call(() -> reads.tally(null, null, null, null).stream().sorted(ORDER).toList());
    }

    private List<AwardReads.Tally> raw() {
        return QuarkusTransaction.requiringNew().call(() -> reads.rawTally(null, null, null, null).stream().sorted(ORDER).toList());
    }

    private long total(List<AwardReads.Tally> rows) {
        return rows.stream().mapToLong(AwardReads.Tally::awards).sum();
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

    @Test
    void staysEqualToTheLedgerThroughIssueRevokeImportAndRegrouping() {
        List<AwardReads.Tally> start = raw();
        assertThat(summary()).as("backfilled by the migration").isEqualTo(start).isNotEmpty();

        // a decision issued: its ledger row counted
        String dossier = NominationFixtures.decidedDossier(STP_DIEN_BIEN, 1, "908/QĐ-BTP");
        List<AwardReads.Tally> issued = raw();
        assertThat(total(issued)).isEqualTo(total(start) + 1);
        assertThat(summary()).as("after a decision").isEqualTo(issued);

        // revoked: uncounted
        String award = Tokens.as("viewer").queryParam("decisionId", Tokens.as("secretariat").get("/api/v1/nominations/" + dossier)
                .then().extract().<String>path("decisionId")).get("/api/v1/awards").then().statusCode(200).extract().path("items[0].id");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kê khai không trung thực thành tích\"}")
                .post("/api/v1/awards/" + award + "/revoke").then().statusCode(200);
        List<AwardReads.Tally> revoked = raw();
        assertThat(total(revoked)).isEqualTo(total(start));
        assertThat(summary()).as("after a revocation").isEqualTo(revoked);

        // an import of past years, a person's row and a unit's row in one file
        UUID person = NominationFixtures.personOf(STP_DIEN_BIEN, 2);
        Tokens.as("secretariat").contentType("text/csv; charset=UTF-8").body(HEADER
                + "BK_BO," + person + ",,2017,41/QĐ-BTP,2018-02-01,Bộ trưởng Bộ Tư pháp\n"
                + "TTLDTT,," + STP_DIEN_BIEN + ",2017,42/QĐ-BTP,2018-02-01,Bộ trưởng Bộ Tư pháp\n")
                .post("/api/v1/awards/imports").then().statusCode(200);
        List<AwardReads.Tally> imported = raw();
        assertThat(total(imported)).isEqualTo(total(start) + 2);
        assertThat(summary()).as("after an import").isEqualTo(imported);

        // the person becomes a leader, then moves to another unit from 2018 (their 2017 award stays with the old one)
        sql("UPDATE person SET leader = NOT leader WHERE id = ?1", person);
        assertThat(summary()).as("after a leader flag changed").isEqualTo(raw());
        sql("UPDATE person_assignment SET valid_to = DATE '2017-12-31' WHERE person_id = ?1 AND valid_to IS NULL", person);
        sql("INSERT INTO person_assignment (id, person_id, unit_id, position, valid_from) VALUES (?1, ?2, ?3, 'Chuyên viên', DATE '2018-01-01')",
                UUID.randomUUID(), person, DemoIds.MINISTRY);
        assertThat(summary()).as("after assignments changed").isEqualTo(raw());
        sql("DELETE FROM person_assignment WHERE person_id = ?1", person);
        assertThat(summary()).as("after assignments deleted").isEqualTo(raw());

        // a unit's kind corrected
        String kind = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("SELECT kind FROM unit WHERE id = ?1")
                .setParameter(1, STP_DIEN_BIEN).getSingleResult());
        sql("UPDATE unit SET kind = 'CUC' WHERE id = ?1", STP_DIEN_BIEN);
        assertThat(summary()).as("after a unit's kind changed").isEqualTo(raw());
        sql("UPDATE unit SET kind = ?1 WHERE id = ?2", kind, STP_DIEN_BIEN);
        assertThat(summary()).isEqualTo(raw());
    }

    @Test
    void theComparisonCatchesADriftedSummaryAndTheRebuildRepairsIt() {
        List<AwardReads.Tally> ledger = raw();
        assertThat(summary()).isEqualTo(ledger);
        // a summary that drifted (as a bulk load that bypassed the triggers would leave it)
        sql("UPDATE award_year_summary SET awards = awards + 1 WHERE (year, award_type_id, unit_kind, individual, leader) = "
                + "(SELECT year, award_type_id, unit_kind, individual, leader FROM award_year_summary WHERE awards > 0 ORDER BY 1, 2, 3, 4, 5 LIMIT 1)");
        assertThat(summary()).as("the drift is seen").isNotEqualTo(ledger);
        assertThat(total(summary())).isEqualTo(total(ledger) + 1);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT award_year_summary_rebuild()").getResultList());
        assertThat(summary()).as("rebuilt").isEqualTo(raw()).isEqualTo(ledger);
    }
}
