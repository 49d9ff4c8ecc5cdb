package vn.gov.moj.thidua.nomination.eligibility;

/**
 * R-BK-TTG(b) — Bằng khen của Thủ tướng, point b: holds a ministry Certificate of Merit, then 5 consecutive years
 * rated HTTNV or better with CSTĐCS 3 times in that period (Law 06/2022/QH15 Art. 73 cl. 1 b).
 */
public class PrimeMinisterCertificatePolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-BK-TTG(b)";
    }

    public String legalSource() {
        return "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 73 khoản 1 điểm b";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.BK_TTG) && c.person() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        PersonRecord person = c.person();
        int span = p.bkTtgConsecutiveYears();
        int from = c.year() - span + 1;
        Integer certificateYear = null;
        for (int y = c.year(); y >= 1990; y--) {
            if (person.holds(AwardCode.BK_BO, y)) {
                certificateYear = y;
                break;
            }
        }
        if (certificateYear == null) {
            return fail("No Bằng khen của Bộ trưởng on record");
        }
        for (int y = from; y <= c.year(); y++) {
            var rating = person.ratingIn(y);
            if (rating.isEmpty()) {
                return needsEvidence("No rating recorded for " + y);
            }
            if (!Ratings.goodOrBetter(rating.get())) {
                return fail("Rated " + rating.get() + " in " + y + "; HTTNV or better needed every year " + from + "–" + c.year());
            }
        }
        int cstdcs = 0;
        for (int y = from; y <= c.year(); y++) {
            if (person.holds(AwardCode.CSTDCS, y)) {
                cstdcs++;
            }
        }
        if (cstdcs < p.bkTtgCstdcsWithin()) {
            return fail("CSTĐCS " + cstdcs + " time(s) in " + from + "–" + c.year() + "; " + p.bkTtgCstdcsWithin() + " needed");
        }
        return pass("Ministry certificate (" + certificateYear + "), HTTNV or better " + from + "–" + c.year() + ", CSTĐCS "
                + cstdcs + " times");
    }
}
