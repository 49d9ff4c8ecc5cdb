package vn.gov.moj.thidua.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The optimistic-lock version and the creation/update instants every editable record carries (columns
 * {@code version}, {@code created_at}, {@code updated_at}); {@link Timestamps} fills the instants from the one Clock.
 */
@MappedSuperclass
@EntityListeners(Timestamps.class)
public abstract class VersionedEntity {

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
