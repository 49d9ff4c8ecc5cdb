package vn.gov.moj.thidua.catalog;

/** TITLE = danh hiệu thi đua; FORM = hình thức khen thưởng. */
public enum AwardKind {
    TITLE, FORM
}
