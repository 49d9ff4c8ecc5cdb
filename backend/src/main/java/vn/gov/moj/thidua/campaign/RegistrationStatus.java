package vn.gov.moj.thidua.campaign;

/** Where a registration stands; RETURNED ones can be fixed and submitted again. */
public enum RegistrationStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED
}
