package vn.gov.moj.thidua.campaign;

/** Thường xuyên (REGULAR) or chuyên đề (THEMATIC). */
public enum CampaignType {
    REGULAR, THEMATIC
}
