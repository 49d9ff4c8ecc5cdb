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

    /** The Vietnamese text, as written when the notice was left (the only text of notices before V83). */
    public String message;

    /** The catalogue key of the text (i18n/problems*.properties), so it can be read in the reader's language. */
    @Column(name = "message_key")
    public String messageKey;

    /** The values the text names, a JSON array of strings. */
    @Column(name = "message_args")
    public String messageArgs;

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
