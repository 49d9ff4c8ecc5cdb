package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.voting.VotingFixtures.CUM_III_2026;
import static vn.gov.moj.thidua.voting.VotingFixtures.ballot;
import static vn.gov.moj.thidua.voting.VotingFixtures.castAsHead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;

/** Who voted and what was voted are stored with nothing that links them, and a cast is all or nothing. */
@QuarkusTest
class BallotSecrecyTest {

    @Test
    void participationAndBallotsShareNoLinkingColumn() throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            assertThat(columns(c, "vote_participation")).containsExactlyInAnyOrder("session_id", "round", "voter_key");
            // named_voter is filled only in named (non-secret) sessions; no time, no sequence, no participation reference.
            assertThat(columns(c, "vote_ballot")).containsExactlyInAnyOrder("id", "session_id", "round", "receipt_code", "choices", "named_voter");
            assertThat(columnTypes(c, "vote_ballot")).doesNotContain("timestamp with time zone", "timestamp without time zone", "date", "bigint");
            assertThat(columnTypes(c, "vote_participation")).doesNotContain("timestamp with time zone", "timestamp without time zone", "date");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT count(*) FROM information_schema.referential_constraints r
                    JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name
                    JOIN information_schema.constraint_column_usage u ON u.constraint_name = r.constraint_name
                    WHERE (k.table_name = 'vote_ballot' AND u.table_name = 'vote_participation')
                       OR (k.table_name = 'vote_participation' AND u.table_name = 'vote_ballot')""")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void storedRowsOfASecretSessionCarryNothingOfTheVoterAndCloseBreaksTheTransactionLink() throws Exception {
        UUID id = VotingFixtures.clusterElection("");
        VotingFixtures.open(id, CUM_III_2026);
        List<UUID> voters = List.of(DemoIds.CUC_PBGDPL_TGPL, DemoIds.CUC_HCTP, VotingFixtures.CUC_BTTP, VotingFixtures.VU_HTQT);
        for (UUID voter : voters) {
            castAsHead(id, voter, ballot(CUM_III_2026, List.of(DemoIds.CUC_DKGDBD_BTNN))).then().statusCode(201);
        }
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            // While open, each ballot was written in its voter's transaction (a DBA could match xmin: see docs/voting.md).
            assertThat(xmins(c, "vote_ballot", id)).hasSize(4);
            VotingFixtures.lead(id, "close");
            // Every column but the choices is free of voter data; the choices of every ballot name the same keys: the candidates.
            List<String> ballotRows = rows(c, "SELECT concat_ws('|', id, session_id, round, receipt_code, named_voter) FROM vote_ballot WHERE session_id = ?", id);
            assertThat(ballotRows).hasSize(4);
            for (String row : ballotRows) {
                for (UUID voter : voters) {
                    assertThat(row).doesNotContain(voter.toString());
                }
            }
            String candidateKeys = CUM_III_2026.stream().map(UUID::toString).sorted().collect(java.util.stream.Collectors.joining(","));
            assertThat(rows(c, "SELECT string_agg(k, ',' ORDER BY k) FROM vote_ballot b, jsonb_object_keys(b.choices) k WHERE session_id = ? GROUP BY b.id", id))
                    .hasSize(4).containsOnly(candidateKeys);
            assertThat(rows(c, "SELECT count(*)::text FROM vote_ballot WHERE session_id = ? AND named_voter IS NOT NULL", id)).containsExactly("0");
            // After close the ballots are one transaction's rows, in random order: none shares a transaction id with a participation row.
            Set<String> ballotXmins = xmins(c, "vote_ballot", id);
            assertThat(ballotXmins).hasSize(1);
            assertThat(xmins(c, "vote_participation", id)).hasSize(4).doesNotContainAnyElementsOf(ballotXmins);
        }
    }

    @Test
    void namedSessionsRecordTheVoterOnTheBallot() throws Exception {
        UUID id = VotingFixtures.clusterElection(",\"rules\":{\"secret\":false}");
        VotingFixtures.open(id, CUM_III_2026);
        castAsHead(id, DemoIds.CUC_HCTP, ballot(CUM_III_2026, List.of(DemoIds.CUC_DKGDBD_BTNN))).then().statusCode(201);
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            assertThat(rows(c, "SELECT named_voter FROM vote_ballot WHERE session_id = ?", id)).containsExactly(DemoIds.CUC_HCTP.toString());
        }
    }

    @Test
    void aCastThatFailsAfterItsParticipationIsWrittenLeavesNeither() throws Exception {
        UUID id = VotingFixtures.clusterElection("");
        VotingFixtures.open(id, CUM_III_2026);
        // A fault injected in the ballot insert, after the participation row of the same cast was written.
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION pg_temp_fail_ballot() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.session_id = '" + id + "' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER test_fail_ballot BEFORE INSERT ON vote_ballot FOR EACH ROW EXECUTE FUNCTION pg_temp_fail_ballot()");
        }
        try {
            int status = castAsHead(id, DemoIds.CUC_HCTP, ballot(CUM_III_2026, List.of(DemoIds.CUC_DKGDBD_BTNN))).then().extract().statusCode();
            assertThat(status).isGreaterThanOrEqualTo(500);
        } finally {
            try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER test_fail_ballot ON vote_ballot");
                s.execute("DROP FUNCTION pg_temp_fail_ballot()");
            }
        }
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            assertThat(rows(c, "SELECT count(*)::text FROM vote_participation WHERE session_id = ?", id)).containsExactly("0");
            assertThat(rows(c, "SELECT count(*)::text FROM vote_ballot WHERE session_id = ?", id)).containsExactly("0");
        }
        // The voter can still vote: nothing half-done blocks them.
        castAsHead(id, DemoIds.CUC_HCTP, ballot(CUM_III_2026, List.of(DemoIds.CUC_DKGDBD_BTNN))).then().statusCode(201);
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        return rows(c, "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?", table);
    }

    private static List<String> columnTypes(Connection c, String table) throws Exception {
        return rows(c, "SELECT data_type::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?", table);
    }

    private static Set<String> xmins(Connection c, String table, UUID session) throws Exception {
        return new HashSet<>(rows(c, "SELECT xmin::text FROM " + table + " WHERE session_id = ?", session));
    }

    private static List<String> rows(Connection c, String sql, Object param) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
