package vn.gov.moj.thidua.campaign;

/** DRAFT → LAUNCHED → IN_PROGRESS → FINAL_REVIEW → CLOSED. */
public enum CampaignStatus {
    DRAFT, LAUNCHED, IN_PROGRESS, FINAL_REVIEW, CLOSED
}
