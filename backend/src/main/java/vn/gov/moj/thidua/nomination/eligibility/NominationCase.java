package vn.gov.moj.thidua.nomination.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
        List<UUID> citedInitiatives,
        Dossier dossier) {

    /** A case without dossier facts (documents, sibling proposals): the rules that need them do not apply. */
    public NominationCase(String awardCode, int year, PersonRecord person, CollectiveRecord collective, QuotaCounts quota,
            List<UUID> citedInitiatives) {
        this(awardCode, year, person, collective, quota, citedInitiatives, null);
    }

    /**
     * The dossier itself and its neighbours: the document kinds attached (R-EVIDENCE), the date that picks the rules
     * in force, the catalog kind (TITLE or FORM) and level of the proposed award, and the nominee's other award forms
     * and State-level awards in the same year, live proposals and the ledger alike, each described for the explanation
     * (R-ONE-ACHIEVEMENT, R-STATE-PER-YEAR).
     */
    public record Dossier(Set<String> documentKinds, LocalDate date, String awardKind, String awardLevel,
            List<String> otherFormsSameYear, List<String> otherStateAwardsSameYear) {

        public Dossier {
            documentKinds = Set.copyOf(documentKinds);
            otherFormsSameYear = List.copyOf(otherFormsSameYear);
            otherStateAwardsSameYear = List.copyOf(otherStateAwardsSameYear);
        }

        public boolean isForm() {
            return "FORM".equals(awardKind);
        }

        public boolean isStateLevel() {
            return "STATE".equals(awardLevel);
        }
    }

    /** Counts per awarding unit and year: titles already granted or proposed, this nomination included. */
    public record QuotaCounts(int cstdcsIncludingThis, int ldtt) {
    }

    public boolean isFor(String code) {
        return awardCode.equals(code);
    }
}
