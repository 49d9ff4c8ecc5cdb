package vn.gov.moj.thidua.nomination.eligibility;

import java.util.List;
import java.util.UUID;

/**
 * Everything the rules need to judge one nomination: the award, the emulation year, the nominee's records,
 * the quota counts of the awarding unit, and the initiatives the dossier cites.
 */
public record NominationCase(
        String awardCode,
        int year,
        PersonRecord person,
        CollectiveRecord collective,
        QuotaCounts quota,
        List<UUID> citedInitiatives) {

    /** Counts per awarding unit and year: titles already granted or proposed, this nomination included. */
    public record QuotaCounts(int cstdcsIncludingThis, int ldtt) {
    }

    public boolean isFor(String code) {
        return awardCode.equals(code);
    }
}
