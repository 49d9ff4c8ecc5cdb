package vn.gov.moj.thidua.common.persistence;

import java.time.Instant;

/**
 * A record that is written once and keeps when (created, added, submitted): with
 * {@code @EntityListeners(Timestamps.class)} it receives the Clock's instant when it is first stored.
 */
public interface CreationStamped {

    void stampCreation(Instant now);
}
