package vn.gov.moj.thidua.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/** Quyết định khen thưởng — issuing it decides its nominations and writes their rows of the awards ledger. */
@Entity
@Table(name = "decision")
public class Decision extends VersionedEntity {

    public enum Status {
        ISSUED, REVOKED
    }

    @Id
    public UUID id;

    public String number;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    public String signer;

    @Column(name = "signer_title")
    public String signerTitle;

    @Enumerated(EnumType.STRING)
    public Status status = Status.ISSUED;

    @Column(name = "base_amount")
    public BigDecimal baseAmount;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_grounds")
    public String revocationGrounds;

    @Column(name = "created_by")
    public String createdBy;

    /** Who entered this decision as history of an ended period (docs/statistics.md); null when it was made at the time. */
    @Column(name = "entered_by")
    public String enteredBy;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
