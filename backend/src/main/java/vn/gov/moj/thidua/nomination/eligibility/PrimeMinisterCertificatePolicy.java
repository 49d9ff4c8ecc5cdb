package vn.gov.moj.thidua.nomination.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R-BK-TTG(b) — Bằng khen của Thủ tướng, point b: holds a ministry Certificate of Merit, then N consecutive years
 * rated HTTNV or better with CSTĐCS M times in that period (Law 06/2022/QH15 Art. 73 cl. 1 b; N = 5 and M = 3 are
 * dated rule parameters).
 */
public class PrimeMinisterCertificatePolicy implements EligibilityPolicy {

    /** How far back a ministry certificate is looked for. */
    private static final int FIRST_LEDGER_YEAR = 1990;

    public String ruleId() {
        return "R-BK-TTG(b)";
    }

    public Set<String> awardCodes() {
        return Set.of(AwardCode.BK_TTG);
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.BK_TTG) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        PersonRecord person = c.person();
        int span = p.bkTtgConsecutiveYears();
        int from = c.year() - span + 1;
        Integer certificateYear = null;
        for (int y = c.year(); y >= FIRST_LEDGER_YEAR; y--) {
            if (person.holds(AwardCode.BK_BO, y)) {
                certificateYear = y;
                break;
            }
        }
        if (certificateYear == null) {
            return fail("fail.noCertificate", Fact.award(AwardCode.BK_BO));
        }
        for (int y = from; y <= c.year(); y++) {
            var rating = person.ratingIn(y);
            if (rating.isEmpty()) {
                return needsEvidence("evidence.noRating", y);
            }
            if (!Ratings.goodOrBetter(rating.get())) {
                return fail("fail.rating", y, Fact.rating(rating.get()), from, c.year());
            }
        }
        List<Integer> cstdcs = new ArrayList<>();
        for (int y = from; y <= c.year(); y++) {
            if (person.holds(AwardCode.CSTDCS, y)) {
                cstdcs.add(y);
            }
        }
        if (cstdcs.size() < p.bkTtgCstdcsWithin()) {
            return fail("fail.cstdcs", cstdcs.size(), new Fact.Years(cstdcs), from, c.year(), p.bkTtgCstdcsWithin());
        }
        return pass("pass", Fact.award(AwardCode.BK_BO), certificateYear, from, c.year(), cstdcs.size(), new Fact.Years(cstdcs));
    }
}
