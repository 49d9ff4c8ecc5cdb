package vn.gov.moj.thidua.nomination.eligibility;

import java.util.UUID;

/** An initiative of the nominee and whether another proposal already relied on it (R-INIT). */
public record InitiativeFact(UUID id, String title, InitiativeScope scope, int recognisedYear, boolean alreadyUsed) {
}
