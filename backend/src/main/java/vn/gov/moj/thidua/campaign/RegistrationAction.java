package vn.gov.moj.thidua.campaign;

/** The explicit actions on a registration, by their API names. */
public enum RegistrationAction {
    EDIT("edit"), SUBMIT("submit"), APPROVE("approve"), RETURN("return"),
    /** Removes a draft; never listed among the allowed actions. */
    DELETE("delete");

    private final String apiName;

    RegistrationAction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
