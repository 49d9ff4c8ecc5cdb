package vn.gov.moj.thidua.report;

import vn.gov.moj.thidua.org.UnitKind;

/** The administrative level an awardee works at, derived from the kind of their unit (docs/reports.md). */
public enum ReachLevel {
    /** Bộ and its Vụ, Cục, Tổng cục, Văn phòng, Thanh tra and public service units. */
    MINISTRY,
    /** Sở Tư pháp, THADS tỉnh. */
    PROVINCIAL,
    /** Phòng Tư pháp, Phòng THADS khu vực. */
    DISTRICT,
    /** Xã — commune-level justice staff. */
    COMMUNE;

    public static ReachLevel of(UnitKind kind) {
        return switch (kind) {
            case SO_TU_PHAP, THADS_TINH -> PROVINCIAL;
            case THADS_KHU_VUC, PHONG_TU_PHAP -> DISTRICT;
            case XA -> COMMUNE;
            case BO, VU, CUC, TONG_CUC, VAN_PHONG, THANH_TRA, SU_NGHIEP -> MINISTRY;
        };
    }
}
