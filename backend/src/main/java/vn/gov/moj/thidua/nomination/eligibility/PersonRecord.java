package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.gov.moj.thidua.org.PerformanceRating;

/**
 * What the records say about a person, as of the nomination: yearly ratings, titles and awards by the year their
 * achievement period ended (from the awards ledger, following unit successors), initiatives, open cases (texts or {@link Fact}s).
 */
public record PersonRecord(
        Map<Integer, PerformanceRating> ratingsByYear,
        Map<Integer, Set<String>> awardsByYear,
        List<InitiativeFact> initiatives,
        List<?> openCases,
        boolean acceptedScienceWork) {

    public Optional<PerformanceRating> ratingIn(int year) {
        return Optional.ofNullable(ratingsByYear.get(year));
    }

    public boolean holds(String awardCode, int year) {
        return awardsByYear.getOrDefault(year, Set.of()).contains(awardCode);
    }

    /** How many years in a row, ending with {@code lastYear}, the person holds the award. */
    public int consecutiveYearsOf(String awardCode, int lastYear) {
        int count = 0;
        while (holds(awardCode, lastYear - count)) {
            count++;
        }
        return count;
    }

    public List<InitiativeFact> unusedInitiatives(InitiativeScope atLeast) {
        return initiatives.stream().filter(i -> !i.alreadyUsed() && i.scope().compareTo(atLeast) >= 0).toList();
    }
}
