package vn.gov.moj.thidua.nomination.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.gov.moj.thidua.voting.PublishedOutcome;

/**
 * Everything the rules need to judge one nomination: the award, the emulation year, the nominee's records,
 * the quota counts of the awarding unit, the initiatives the dossier cites, and a flag's cluster election.
 */
public record NominationCase(
        String awardCode,
        int year,
        PersonRecord person,
        CollectiveRecord collective,
        QuotaCounts quota,
        List<UUID> citedInitiatives,
        Dossier dossier,
        ClusterElection election) {

    /** A case without dossier facts (documents, sibling proposals): the rules that need them do not apply. */
    public NominationCase(String awardCode, int year, PersonRecord person, CollectiveRecord collective, QuotaCounts quota,
            List<UUID> citedInitiatives) {
        this(awardCode, year, person, collective, quota, citedInitiatives, null, null);
    }

    /** A case without a cluster election (every award but the flags). */
    public NominationCase(String awardCode, int year, PersonRecord person, CollectiveRecord collective, QuotaCounts quota,
            List<UUID> citedInitiatives, Dossier dossier) {
        this(awardCode, year, person, collective, quota, citedInitiatives, dossier, null);
    }

    /**
     * The dossier itself and its neighbours: the document kinds attached (R-EVIDENCE), the date that picks the rules
     * in force, the catalog kind (TITLE or FORM) and level of the proposed award, and the nominee's other award forms
     * and State-level awards in the same year, live proposals and the ledger alike, each described for the explanation
     * (R-ONE-ACHIEVEMENT, R-STATE-PER-YEAR) as a text or a {@link Fact}.
     */
    public record Dossier(Set<String> documentKinds, LocalDate date, String awardKind, String awardLevel,
            List<?> otherFormsSameYear, List<?> otherStateAwardsSameYear, List<Signing> signing) {

        public Dossier {
            documentKinds = Set.copyOf(documentKinds);
            otherFormsSameYear = List.copyOf(otherFormsSameYear);
            otherStateAwardsSameYear = List.copyOf(otherStateAwardsSameYear);
            signing = List.copyOf(signing);
        }

        /** A dossier without signature duties (none in force, or not looked at). */
        public Dossier(Set<String> documentKinds, LocalDate date, String awardKind, String awardLevel, List<?> otherFormsSameYear,
                List<?> otherStateAwardsSameYear) {
            this(documentKinds, date, awardKind, awardLevel, otherFormsSameYear, otherStateAwardsSameYear, List.of());
        }

        public boolean isForm() {
            return "FORM".equals(awardKind);
        }

        public boolean isStateLevel() {
            return "STATE".equals(awardLevel);
        }
    }

    /**
     * A document kind the dated rule parameter R-EVIDENCE-SIGNED says must be digitally signed on the dossier's date,
     * and what the signature check of the dossier's files of that kind found.
     *
     * @param from the first day the duty is in force (the parameter version's start)
     * @param source the parameter's legal source
     * @param state VALID (some file of the kind carries a valid signature), INVALID, or UNSIGNED (none signed)
     * @param reason why the signature is not valid, in the reader's language (INVALID only)
     */
    public record Signing(String kind, LocalDate from, String source, String state, String reason) {
    }

    /**
     * The cluster election a flag dossier cites (R-CO-NGANH, R-CO-CP): the award type and period it must be for, the
     * nominee unit, the session and its published outcome (empty when unknown or not yet published), and this
     * cluster's live proposals of the same flag in the period, this one included.
     */
    public record ClusterElection(UUID awardTypeId, UUID periodId, UUID nomineeUnitId, UUID sessionId,
            Optional<PublishedOutcome> outcome, int flagsProposed) {
    }

    /** Counts per awarding unit and year: titles already granted or proposed, this nomination included. */
    public record QuotaCounts(int cstdcsIncludingThis, int ldtt) {
    }

    public boolean isFor(String code) {
        return awardCode.equals(code);
    }
}
