package vn.gov.moj.thidua.org;

/** Xếp loại chất lượng hằng năm — the yearly rating of a civil servant or public employee. */
public enum PerformanceRating {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HTXSNV,
    /** Hoàn thành tốt nhiệm vụ. */
    HTTNV,
    /** Hoàn thành nhiệm vụ. */
    HTNV,
    /** Không hoàn thành nhiệm vụ. */
    KHTNV
}
