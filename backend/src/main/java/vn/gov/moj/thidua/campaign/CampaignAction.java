package vn.gov.moj.thidua.campaign;

/** The explicit actions on a campaign, by their API names. */
public enum CampaignAction {
    LAUNCH("launch"), START("start"), FINAL_REVIEW("final-review"), CLOSE("close"),
    /** Changes no state: a draft is edited in place, so it is never listed among the allowed actions. */
    EDIT("edit");

    private final String apiName;

    CampaignAction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
