package vn.gov.moj.thidua.campaign;

/** Who a campaign is launched across: the sector, a cluster, or one unit. */
public enum CampaignScope {
    SECTOR, CLUSTER, UNIT
}
