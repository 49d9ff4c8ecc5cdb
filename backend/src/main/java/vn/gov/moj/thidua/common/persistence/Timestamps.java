package vn.gov.moj.thidua.common.persistence;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Stamps {@link VersionedEntity} and {@link CreationStamped} records from the injected Clock, so a test that fixes
 * the clock sees it in stored instants too. It must be a bean: Quarkus injects into an entity listener only then.
 */
@ApplicationScoped
public class Timestamps {

    @Inject
    Clock clock;

    @PrePersist
    void created(Object entity) {
        Instant now = Instant.now(clock);
        if (entity instanceof VersionedEntity versioned) {
            versioned.createdAt = now;
            versioned.updatedAt = now;
        }
        if (entity instanceof CreationStamped stamped) {
            stamped.stampCreation(now);
        }
    }

    @PreUpdate
    void updated(Object entity) {
        if (entity instanceof VersionedEntity versioned) {
            versioned.updatedAt = Instant.now(clock);
        }
    }
}
