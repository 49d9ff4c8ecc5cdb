package vn.gov.moj.thidua.org;

/** How a group of competing units is called. */
public enum ClusterKind {
    /** Cụm thi đua. */
    CUM,
    /** Khối thi đua. */
    KHOI,
    /** Khu vực thi đua. */
    KHU_VUC
}
