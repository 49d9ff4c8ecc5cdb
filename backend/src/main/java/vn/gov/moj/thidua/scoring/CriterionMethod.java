package vn.gov.moj.thidua.scoring;

/** How a criterion turns the measured input into points. */
public enum CriterionMethod {
    /** Yes/no: the standard points when met (input 1), else 0. */
    BINARY,
    /** A measured percentage (0–100) falls into a band, e.g. 100% → 2, 95–&lt;100% → 1.75. */
    BANDED,
    /** Days late fall into a band, e.g. on time → 2, 1–2 days → 1.5. */
    LATENESS_BANDED,
    /** Điểm trừ — points off per event, capped; always ≤ 0. */
    DEDUCTION,
    /** Điểm cộng / điểm thưởng — points per event, capped. */
    BONUS,
    /** Any value from 0 up to the standard points, entered by hand. */
    MANUAL
}
