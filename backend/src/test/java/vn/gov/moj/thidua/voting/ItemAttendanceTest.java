package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.catalog.Fraction;

/** Recusal in the count, without Quarkus: the item's electorate, quorum and base leave the recused members out. */
class ItemAttendanceTest {

    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final List<Candidate> ITEMS = List.of(new Candidate(CandidateKind.NOMINATION, A, "Hồ sơ A"),
            new Candidate(CandidateKind.NOMINATION, B, "Hồ sơ B"));

    private static Recusal aside(UUID item, String key) {
        return new Recusal(item, key, key, Recusal.Reason.OWN_UNIT, null);
    }

    @Test
    void anItemIsMeasuredWithoutItsRecusedMembers() {
        TallyPolicy.Attendance whole = new TallyPolicy.Attendance(9, 7, 7, 0);
        Map<UUID, TallyPolicy.Attendance> items = ItemAttendance.of(List.of(aside(A, "m1"), aside(A, "m8")), whole,
                List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7"), List.of("m1"));
        assertThat(items).containsOnlyKeys(A);
        assertThat(items.get(A)).isEqualTo(new TallyPolicy.Attendance(7, 6, 6, 0)); // m8 was absent, m1 present and voted
    }

    @Test
    void theRecusedAreNotCountedInTheItemsQuorumOrBase() {
        Map<UUID, TallyPolicy.Counts> counts = Map.of(A, new TallyPolicy.Counts(3, 0, 0), B, new TallyPolicy.Counts(3, 0, 0));
        TallyPolicy.Attendance whole = new TallyPolicy.Attendance(6, 4, 4, 0);
        // Without recusal 3 of 6 members does not reach 2/3 (4); with two members aside from A, 3 of 4 does.
        Tally plain = TallyPolicy.tally(ITEMS, counts, Fraction.parse("2/3"), Fraction.parse("1/2"), VoteBase.ALL_MEMBERS, 2, whole, Map.of(), false);
        assertThat(plain.candidates()).noneMatch(Tally.CandidateResult::passed);
        Map<UUID, TallyPolicy.Attendance> items = ItemAttendance.of(List.of(aside(A, "m5"), aside(A, "m6")), whole,
                List.of("m1", "m2", "m3", "m4"), List.of());
        Tally recused = TallyPolicy.tally(ITEMS, counts, Fraction.parse("2/3"), Fraction.parse("1/2"), VoteBase.ALL_MEMBERS, 2, whole, items, false);
        assertThat(recused.candidates()).filteredOn(r -> r.ref().equals(A)).allMatch(Tally.CandidateResult::passed);
        assertThat(recused.candidates()).filteredOn(r -> r.ref().equals(B)).noneMatch(Tally.CandidateResult::passed);
        assertThat(recused.recusedItems()).singleElement().satisfies(f -> {
            assertThat(f.electorate()).isEqualTo(4);
            assertThat(f.recused()).isEqualTo(2);
            assertThat(f.quorumMet()).isTrue();
        });
    }

    @Test
    void anItemWhosePresentMembersNoLongerMeetTheQuorumDoesNotPass() {
        Map<UUID, TallyPolicy.Counts> counts = Map.of(A, new TallyPolicy.Counts(2, 0, 0), B, new TallyPolicy.Counts(4, 0, 0));
        TallyPolicy.Attendance whole = new TallyPolicy.Attendance(6, 4, 4, 0); // 4 of 6 meets 2/3
        // two present members aside from A: 2 present of 4 members does not meet 2/3, although 2 YES of 4 meets 1/2
        Map<UUID, TallyPolicy.Attendance> items = ItemAttendance.of(List.of(aside(A, "m1"), aside(A, "m2")), whole,
                List.of("m1", "m2", "m3", "m4"), List.of("m1", "m2"));
        Tally t = TallyPolicy.tally(ITEMS, counts, Fraction.parse("1/2"), Fraction.parse("2/3"), VoteBase.ALL_MEMBERS, 2, whole, items, false);
        assertThat(t.candidates()).filteredOn(r -> r.ref().equals(A)).noneMatch(Tally.CandidateResult::passed);
        assertThat(t.candidates()).filteredOn(r -> r.ref().equals(B)).allMatch(Tally.CandidateResult::passed);
        assertThat(t.recusedItems()).singleElement().satisfies(f -> assertThat(f.quorumMet()).isFalse());
    }
}
