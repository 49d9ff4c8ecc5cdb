package vn.gov.moj.thidua.scoring;

/** Who a criteria table is written for (the Ministry issues one table per group and year). */
public enum TargetGroup {
    /** Các đơn vị thuộc Bộ — departments and directorates of the Ministry. */
    MINISTRY_UNITS,
    /** Sở Tư pháp — provincial Departments of Justice (their self-score is certified by the province). */
    SO_TU_PHAP,
    /** Cơ quan thi hành án dân sự — civil judgment enforcement bodies. */
    THADS;

    /** The group whose table scores a unit of this kind. */
    public static TargetGroup of(vn.gov.moj.thidua.org.UnitKind kind) {
        return switch (kind) {
            case SO_TU_PHAP, PHONG_TU_PHAP, XA -> SO_TU_PHAP;
            case THADS_TINH, THADS_KHU_VUC -> THADS;
            default -> MINISTRY_UNITS;
        };
    }
}
