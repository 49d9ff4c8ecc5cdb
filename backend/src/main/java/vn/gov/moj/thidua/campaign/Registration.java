package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Đăng ký thi đua — a unit registers itself (collective titles) or one of its people (individual titles) for an
 * award type in a campaign, with commitments. Planning data since the 2022 law, not a legal prerequisite.
 */
@Entity
@Table(name = "registration")
public class Registration extends VersionedEntity {

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

    /** The day it was made, when entered afterwards as history of a period that has ended; null for a live registration. */
    @Column(name = "registered_on")
    public java.time.LocalDate registeredOn;

    /** Who entered it as history; null for a live registration. */
    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
