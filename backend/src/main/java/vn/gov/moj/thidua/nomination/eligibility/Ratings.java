package vn.gov.moj.thidua.nomination.eligibility;

import vn.gov.moj.thidua.org.PerformanceRating;

final class Ratings {

    private Ratings() {
    }

    /** HTTNV or HTXSNV: "hoàn thành tốt nhiệm vụ trở lên". */
    static boolean goodOrBetter(PerformanceRating rating) {
        return rating == PerformanceRating.HTXSNV || rating == PerformanceRating.HTTNV;
    }
}
