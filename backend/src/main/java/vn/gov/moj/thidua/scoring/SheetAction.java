package vn.gov.moj.thidua.scoring;

/** Things that can be done to a score sheet; {@code EDIT} and {@code REVIEW} change values, the rest change state. */
public enum SheetAction {
    EDIT, SUBMIT, CERTIFY, REVIEW, VERIFY, LOCK, RETURN;

    public String apiName() {
        return name().toLowerCase();
    }
}
