package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** Ý kiến góp ý on a dossier published for public comment (state-level awards). */
@Entity
@Table(name = "nomination_comment")
public class NominationComment {

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
        createdAt = Instant.now();
    }
}
