package vn.gov.moj.thidua.org;

/** Kinds of units in the justice sector, from the Ministry down to commune level. */
public enum UnitKind {
    /** Bộ — the Ministry itself. */
    BO,
    /** Vụ — a Ministry department. */
    VU,
    /** Cục — a Ministry directorate. */
    CUC,
    /** Tổng cục — a general department (before 2025). */
    TONG_CUC,
    /** Văn phòng Bộ. */
    VAN_PHONG,
    /** Thanh tra Bộ. */
    THANH_TRA,
    /** Đơn vị sự nghiệp — public service units (institutes, schools, centres, press). */
    SU_NGHIEP,
    /** Sở Tư pháp — provincial Department of Justice. */
    SO_TU_PHAP,
    /** Thi hành án dân sự tỉnh — provincial civil judgment enforcement body. */
    THADS_TINH,
    /** Phòng Thi hành án dân sự khu vực — regional enforcement office (since 2025). */
    THADS_KHU_VUC,
    /** Phòng Tư pháp — district-level justice office. */
    PHONG_TU_PHAP,
    /** Xã — commune-level justice staff. */
    XA
}
