package vn.gov.moj.thidua.support;

import java.util.UUID;

/** Fixed ids of the demo dataset (db/demo), shared with the Keycloak demo realm. */
public final class DemoIds {

    public static final UUID MINISTRY = id(1);
    public static final UUID VU_TCCB = id(10);
    public static final UUID CUC_TGPL = id(101);
    public static final UUID CUC_DKGDBD = id(106);
    public static final UUID CUC_CON_NUOI = id(107);
    public static final UUID CUC_PBGDPL_TGPL = id(201);
    public static final UUID CUC_DKGDBD_BTNN = id(202);
    public static final UUID CUC_HCTP = id(203);
    public static final UUID STP_LANG_SON = id(301);
    public static final UUID PERIOD_2019 = id(9019);
    public static final UUID PERIOD_2020 = id(9020);
    public static final UUID PERIOD_2026 = id(9026);
    public static final UUID CUM_III_2019 = id(8019);
    public static final UUID CUM_III_2020 = id(8020);
    public static final UUID CUM_III_2026 = id(8026);
    public static final UUID PERSON_NHUNG = id(7001);
    public static final UUID PERSON_PAO = id(7002);

    private DemoIds() {
    }

    public static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
