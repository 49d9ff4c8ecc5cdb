package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.gov.moj.thidua.catalog.Fraction;

/**
 * Who passes and who is elected: a candidate passes when its YES votes reach the threshold of the base
 * (exact fractions: 6 of 9 meets 2/3, 5 of 9 does not); when more pass than there are seats, the highest
 * YES counts win, and candidates tied for the last seat are flagged and not elected, for a new round
 * (R-CO-NGANH/voteThreshold, voteBase; R-COUNCIL-VOTE/threshold, base).
 */
public final class TallyPolicy {

    private TallyPolicy() {
    }

    /** Counted votes of one candidate. */
    public record Counts(long yes, long no, long abstain) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }

    /** The figures the base may use. */
    public record Attendance(int electorate, int present, int validBallots, int invalidBallots) {
    }

    public static long baseCount(VoteBase base, Attendance attendance) {
        return switch (base) {
            case ALL_MEMBERS -> attendance.electorate();
            case PRESENT -> attendance.present();
            case VOTES_CAST -> attendance.validBallots();
        };
    }

    public static Tally tally(List<Candidate> candidates, Map<UUID, Counts> counts, Fraction threshold, VoteBase base, int seats,
            Attendance attendance, boolean paper) {
        return tally(candidates, counts, threshold, null, base, seats, attendance, Map.of(), paper);
    }

    /**
     * The count where some members stood aside from some items ({@link ItemAttendance}): such an item is measured
     * against its own base and passes only when its own present members still meet the {@code quorum}.
     */
    public static Tally tally(List<Candidate> candidates, Map<UUID, Counts> counts, Fraction threshold, Fraction quorum, VoteBase base,
            int seats, Attendance attendance, Map<UUID, Attendance> items, boolean paper) {
        long whole = baseCount(base, attendance);
        Map<UUID, Boolean> passed = new HashMap<>();
        List<Candidate> passing = new ArrayList<>();
        for (Candidate c : candidates) {
            long yes = counts.getOrDefault(c.ref(), Counts.NONE).yes();
            Attendance own = items.get(c.ref());
            boolean pass = own == null ? yes > 0 && threshold.isMetBy(yes, whole)
                    : yes > 0 && threshold.isMetBy(yes, baseCount(base, own))
                            && (quorum == null || QuorumPolicy.isMet(quorum, own.present(), own.electorate()));
            passed.put(c.ref(), pass);
            if (pass) {
                passing.add(c);
            }
        }
        Comparator<Candidate> byYes = Comparator.comparingLong((Candidate c) -> counts.getOrDefault(c.ref(), Counts.NONE).yes()).reversed();
        passing.sort(byYes);
        Map<UUID, Boolean> elected = new HashMap<>();
        Map<UUID, Boolean> tied = new HashMap<>();
        boolean tie = false;
        if (passing.size() <= seats) {
            passing.forEach(c -> elected.put(c.ref(), true));
        } else {
            long last = yesOf(counts, passing.get(seats - 1));
            long above = passing.stream().filter(c -> yesOf(counts, c) > last).count();
            long atLast = passing.stream().filter(c -> yesOf(counts, c) == last).count();
            for (Candidate c : passing) {
                long yes = yesOf(counts, c);
                if (yes > last) {
                    elected.put(c.ref(), true);
                } else if (yes == last && above + atLast <= seats) {
                    elected.put(c.ref(), true);
                } else if (yes == last) {
                    tied.put(c.ref(), true);
                    tie = true;
                }
            }
        }
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(byYes);
        List<Tally.CandidateResult> results = new ArrayList<>();
        for (Candidate c : ordered) {
            Counts n = counts.getOrDefault(c.ref(), Counts.NONE);
            int rank = 1 + (int) candidates.stream().filter(o -> yesOf(counts, o) > n.yes()).count();
            results.add(new Tally.CandidateResult(c.kind(), c.ref(), c.label(), n.yes(), n.no(), n.abstain(), rank, passed.get(c.ref()),
                    elected.getOrDefault(c.ref(), false), tied.getOrDefault(c.ref(), false)));
        }
        List<Tally.ItemFigures> figures = new ArrayList<>();
        for (Candidate c : ordered) {
            Attendance own = items.get(c.ref());
            if (own != null) {
                figures.add(new Tally.ItemFigures(c.ref(), attendance.electorate() - own.electorate(), own.electorate(), own.present(),
                        baseCount(base, own), quorum == null || QuorumPolicy.isMet(quorum, own.present(), own.electorate())));
            }
        }
        return new Tally(attendance.electorate(), attendance.present(), attendance.validBallots(), attendance.invalidBallots(), whole,
                paper, tie, seats, results, figures);
    }

    private static long yesOf(Map<UUID, Counts> counts, Candidate c) {
        return counts.getOrDefault(c.ref(), Counts.NONE).yes();
    }
}
