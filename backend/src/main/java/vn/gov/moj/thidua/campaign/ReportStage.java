package vn.gov.moj.thidua.campaign;

/** Sơ kết (INTERIM) or tổng kết (FINAL). */
public enum ReportStage {
    INTERIM, FINAL
}
