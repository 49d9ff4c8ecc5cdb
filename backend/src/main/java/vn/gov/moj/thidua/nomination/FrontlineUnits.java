package vn.gov.moj.thidua.nomination;

import java.util.Set;

import vn.gov.moj.thidua.org.UnitKind;

/**
 * Frontline ("cơ sở") units for the due-lists' count: commune-level justice staff (xã) and district-level offices
 * (Phòng Tư pháp, Phòng Thi hành án dân sự khu vực). The sector's complaint that awards rarely reach commune-level
 * staff (issue 19) is measured on these kinds.
 */
public final class FrontlineUnits {

    static final Set<UnitKind> KINDS = Set.of(UnitKind.XA, UnitKind.PHONG_TU_PHAP, UnitKind.THADS_KHU_VUC);

    private FrontlineUnits() {
    }

    public static boolean isFrontline(UnitKind kind) {
        return kind != null && KINDS.contains(kind);
    }
}
