package vn.gov.moj.thidua.catalog;

/** Who may receive an award type: a person, a collective (unit), or either (most award forms). */
public enum AwardSubject {
    INDIVIDUAL, COLLECTIVE, ANY;

    public boolean admitsPerson() {
        return this != COLLECTIVE;
    }

    public boolean admitsCollective() {
        return this != INDIVIDUAL;
    }
}
