package vn.gov.moj.thidua.org;

import java.time.LocalDate;
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
 * Đơn vị — a unit of the sector. Units are dated: a merged unit ends ({@code validTo}) and names its
 * successor, so histories ("N consecutive years") follow the successor.
 */
@Entity
@Table(name = "unit")
public class Unit extends VersionedEntity {

    @Id
    public UUID id;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    public String province;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "successor_id")
    public UUID successorId;

    /** Filled by the database (accent-free, lower case) for search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
