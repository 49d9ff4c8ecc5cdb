package vn.gov.moj.thidua.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/** Cụm / Khối / Khu vực thi đua — units that compete together in one period, with a head and deputies. */
@Entity
@Table(name = "cluster")
public class Cluster extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "period_id")
    public UUID periodId;

    public String name;

    @Enumerated(EnumType.STRING)
    public ClusterKind kind;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "cluster_member", joinColumns = @JoinColumn(name = "cluster_id"))
    public List<ClusterMember> members = new ArrayList<>();

    public Optional<UUID> headUnitId() {
        return members.stream().filter(m -> m.role == ClusterRole.HEAD).map(m -> m.unitId).findFirst();
    }

    public boolean hasMember(UUID unitId) {
        return members.stream().anyMatch(m -> m.unitId.equals(unitId));
    }

    /** Who entered this cluster as history of an ended period (docs/statistics.md); null when it was made at the time. */
    @Column(name = "entered_by")
    public String enteredBy;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
