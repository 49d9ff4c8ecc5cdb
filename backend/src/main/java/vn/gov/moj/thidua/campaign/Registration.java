package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Đăng ký thi đua — a unit registers itself (collective titles) or one of its people (individual titles) for an
 * award type in a campaign, with commitments. Planning data since the 2022 law, not a legal prerequisite.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "unit_id")
    public UUID unitId;

    /** Null when the unit registers itself. */
    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "award_type_id")
    public UUID awardTypeId;

    public String commitments;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status = RegistrationStatus.DRAFT;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
