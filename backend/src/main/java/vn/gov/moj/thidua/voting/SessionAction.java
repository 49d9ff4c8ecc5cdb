package vn.gov.moj.thidua.voting;

/** The explicit actions on a session, by their API names. */
public enum SessionAction {
    EDIT("edit"), OPEN("open"), CAST("cast"), CLOSE("close"), TALLY("tally"), PAPER_TALLY("paper-tally"), PUBLISH("publish"),
    NEW_ROUND("rounds");

    private final String apiName;

    SessionAction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
