package vn.gov.moj.thidua.org;

/** Loại hình lao động. */
public enum EmploymentType {
    /** Công chức. */
    CIVIL_SERVANT,
    /** Viên chức. */
    PUBLIC_EMPLOYEE,
    /** Hợp đồng lao động. */
    CONTRACT,
    OTHER
}
