package vn.gov.moj.thidua.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.CreationStamped;
import vn.gov.moj.thidua.common.persistence.Timestamps;

/**
 * One row of the awards ledger (sổ khen thưởng): a title or award granted to a person or a unit for an emulation
 * year, with the decision it came from. Never deleted; a revocation (R-REVOKE) marks it.
 */
@Entity
@Table(name = "award")
@EntityListeners(Timestamps.class)
public class Award implements CreationStamped {

    public enum Source {
        DECIDED, IMPORTED
    }

    @Id
    public UUID id;

    @Column(name = "award_type_id")
    public UUID awardTypeId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "unit_id")
    public UUID unitId;

    public int year;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "nomination_id")
    public UUID nominationId;

    @Enumerated(EnumType.STRING)
    public Source source;

    public BigDecimal amount;

    /** Phương thức khen thưởng as recorded for the statistics forms; null when not recorded (docs/statistics.md). */
    @Enumerated(EnumType.STRING)
    @Column(name = "award_method")
    public AwardMethod method;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_grounds")
    public String revocationGrounds;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Who entered this ledger row as history of an ended period (docs/statistics.md); null when it was made at the time. */
    @Column(name = "entered_by")
    public String enteredBy;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }

    @Override
    public void stampCreation(Instant now) {
        createdAt = now;
    }
}
