package vn.gov.moj.thidua.support;

import java.util.UUID;

/** Fixed ids of the catalog (db/migration V10, production data) and of the campaign demo data (db/demo V10). */
public final class CatalogDemoIds {

    public static final UUID LDTT = DemoIds.id(100001);
    public static final UUID CSTDCS = DemoIds.id(100002);
    public static final UUID TTLDTT = DemoIds.id(100005);
    public static final UUID TTLDXS = DemoIds.id(100006);
    public static final UUID CO_NGANH = DemoIds.id(100007);
    public static final UUID BK_BO = DemoIds.id(100010);
    public static final UUID CSTDCS_QUOTA_2017 = DemoIds.id(100101);
    public static final UUID CSTDCS_QUOTA_2024 = DemoIds.id(100102);
    public static final UUID COUNCIL_THRESHOLD_2024 = DemoIds.id(100117);

    /** Demo campaign launched to Cụm III 2026 (db/demo V10). */
    public static final UUID CAMPAIGN_2026 = DemoIds.id(110001);

    private CatalogDemoIds() {
    }
}
