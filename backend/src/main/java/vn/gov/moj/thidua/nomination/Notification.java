package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.CreationStamped;
import vn.gov.moj.thidua.common.persistence.Timestamps;

/** An in-app notice to a unit: its dossier was returned, approved, rejected or decided. */
@Entity
@Table(name = "notification")
@EntityListeners(Timestamps.class)
public class Notification implements CreationStamped {

    @Id
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "nomination_id")
    public UUID nominationId;

    public String kind;

    public String message;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "created_at")
    public Instant createdAt;

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
