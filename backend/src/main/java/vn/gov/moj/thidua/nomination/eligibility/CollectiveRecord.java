package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;

/**
 * What the member records say about a unit for the year, counted from people's ratings, titles and discipline
 * (ratios are never typed in), and its open cases (texts or {@link Fact}s).
 */
public record CollectiveRecord(
        int members,
        int membersCompletingTasks,
        int membersWithLdtt,
        int membersWithCstdcs,
        int membersDisciplinedWarningOrAbove,
        List<?> openCases) {
}
