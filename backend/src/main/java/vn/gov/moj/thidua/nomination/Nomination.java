package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import vn.gov.moj.thidua.nomination.eligibility.Verdict;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Hồ sơ đề nghị khen thưởng — a unit proposes one of its people, or itself, for an award type in a period. The
 * proposing unit ({@code unitId}) owns the dossier; the nominee is a person or a unit, never both.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "nominee_unit_id")
    public UUID nomineeUnitId;

    @Column(name = "award_type_id")
    public UUID awardTypeId;

    @Column(name = "period_id")
    public UUID periodId;

    public String achievements;

    @Column(name = "election_session_id")
    public UUID electionSessionId;

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "nomination_initiative", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "initiative_id")
    public Set<UUID> initiativeIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public NominationStatus status = NominationStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_overall")
    public Verdict eligibilityOverall;

    /** The stored report of the last appraisal, as JSON. */
    @Column(name = "eligibility_report")
    public String eligibilityReport;

    @Column(name = "eligibility_checked_at")
    public Instant eligibilityCheckedAt;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "overridden_by")
    public String overriddenBy;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "comment_closing_date")
    public LocalDate commentClosingDate;

    /** The day the secretariat received the complete dossier: the appraisal time runs from it. */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "council_session_id")
    public UUID councilSessionId;

    @Column(name = "council_summary")
    public String councilSummary;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "created_by")
    public String createdBy;

    /** The cluster's proposal that lists this dossier, if the cluster head filed one. */
    @Column(name = "cluster_proposal_id")
    public UUID clusterProposalId;

    /** The cluster whose flag quota this dossier counts against (from its cluster proposal or its cited election). */
    @Column(name = "cluster_id")
    public UUID clusterId;

    public UUID nomineeId() {
        return personId != null ? personId : nomineeUnitId;
    }

    /** Who entered this dossier as history of an ended period (docs/statistics.md); null when it was made at the time. */
    @Column(name = "entered_by")
    public String enteredBy;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
