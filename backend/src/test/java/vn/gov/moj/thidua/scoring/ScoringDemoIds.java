package vn.gov.moj.thidua.scoring;

import java.util.UUID;

import vn.gov.moj.thidua.support.DemoIds;

/** Fixed ids of the scoring demo data (db/demo/V20__scoring.sql). */
final class ScoringDemoIds {

    static final UUID TEMPLATE_2026 = DemoIds.id(200001);
    static final UUID TEMPLATE_2025 = DemoIds.id(200002);
    static final UUID SHEET_DKGDBD_BTNN = DemoIds.id(200101);
    static final UUID SHEET_HCTP = DemoIds.id(200102);
    static final UUID SHEET_QLTHADS = DemoIds.id(200103);
    static final UUID SHEET_BTTP = DemoIds.id(200104);
    static final UUID SHEET_PBGDPL_TGPL = DemoIds.id(200105);
    static final UUID SHEET_HTQT = DemoIds.id(200106);
    static final UUID CUC_BTTP = DemoIds.id(108);
    static final UUID CUC_QLTHADS = DemoIds.id(204);
    static final UUID VU_HTQT = DemoIds.id(14);

    private ScoringDemoIds() {
    }
}
