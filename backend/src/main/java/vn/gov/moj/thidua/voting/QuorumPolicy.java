package vn.gov.moj.thidua.voting;

import vn.gov.moj.thidua.catalog.Fraction;

/**
 * A session opens only with enough of its electorate present (Decree 98/2023 Art. 47 for the Central council:
 * at least 2/3 present; cluster rules by parameter R-CO-NGANH/voteQuorum).
 */
public final class QuorumPolicy {

    private QuorumPolicy() {
    }

    public static boolean isMet(Fraction quorum, int present, int electorate) {
        return electorate > 0 && present > 0 && quorum.isMetBy(present, electorate);
    }

    /** The fewest present members that meet the quorum. */
    public static int needed(Fraction quorum, int electorate) {
        for (int n = 0; n <= electorate; n++) {
            if (quorum.isMetBy(n, electorate) && n > 0) {
                return n;
            }
        }
        return electorate + 1;
    }
}
