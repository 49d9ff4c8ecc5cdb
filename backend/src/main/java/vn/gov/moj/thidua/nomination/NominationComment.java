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

/** Ý kiến góp ý on a dossier published for public comment (state-level awards). */
@Entity
@Table(name = "nomination_comment")
@EntityListeners(Timestamps.class)
public class NominationComment implements CreationStamped {

    @Id
    public UUID id;

    @Column(name = "nomination_id")
    public UUID nominationId;

    public String author;

    public String text;

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
