package vn.gov.moj.thidua.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.CreationStamped;
import vn.gov.moj.thidua.common.persistence.Timestamps;

/** One day of the holiday calendar (a holiday, a compensating or swapped day off, or a make-up working Saturday). */
@Entity
@Table(name = "holiday")
@EntityListeners(Timestamps.class)
public class Holiday implements CreationStamped {

    @Id
    public UUID id;

    public LocalDate day;

    @Enumerated(EnumType.STRING)
    public HolidayKind kind;

    public String name;

    /** The text that sets the day: the law's article, the year's notice. */
    public String source;

    /** Checked against the year's notice; false for a default the secretariat should confirm. */
    public boolean verified;

    @Column(name = "created_by")
    public String createdBy;

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
