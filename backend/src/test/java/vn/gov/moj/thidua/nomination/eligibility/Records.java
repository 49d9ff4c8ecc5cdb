package vn.gov.moj.thidua.nomination.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.gov.moj.thidua.org.PerformanceRating;

/** Builds person records for the rule tests. */
final class Records {

    private final Map<Integer, PerformanceRating> ratings = new HashMap<>();
    private final Map<Integer, Set<String>> awards = new HashMap<>();
    private final List<InitiativeFact> initiatives = new ArrayList<>();
    private final List<String> openCases = new ArrayList<>();
    private boolean science;

    static Records person() {
        return new Records();
    }

    Records rated(PerformanceRating rating, int... years) {
        for (int y : years) {
            ratings.put(y, rating);
        }
        return this;
    }

    Records holds(String award, int... years) {
        for (int y : years) {
            awards.computeIfAbsent(y, k -> new HashSet<>()).add(award);
        }
        return this;
    }

    Records initiative(InitiativeScope scope, boolean used) {
        initiatives.add(new InitiativeFact(UUID.randomUUID(), "Sáng kiến " + (initiatives.size() + 1), scope, 2024, used));
        return this;
    }

    Records scienceWork() {
        science = true;
        return this;
    }

    Records openCase(String what) {
        openCases.add(what);
        return this;
    }

    PersonRecord build() {
        return new PersonRecord(ratings, awards, initiatives, openCases, science);
    }

    static NominationCase nominate(String award, int year, PersonRecord person) {
        return new NominationCase(award, year, person, null, null, List.of());
    }
}
