package vn.gov.moj.thidua.common.signature;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.CreationStamped;
import vn.gov.moj.thidua.common.persistence.Timestamps;

/** A document ThiĐua generated for an object, by its content's SHA-256: what a signed copy must start with. */
@Entity
@Table(name = "produced_document")
@EntityListeners(Timestamps.class)
public class ProducedDocument implements CreationStamped {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public UUID objectId;

    public String kind;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Override
    public void stampCreation(Instant now) {
        createdAt = now;
    }
}
