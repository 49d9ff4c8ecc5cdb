package vn.gov.moj.thidua.org;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A unit's place in a cluster. */
@Embeddable
public class ClusterMember {

    @Column(name = "unit_id")
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    public ClusterRole role;

    public ClusterMember() {
    }

    public ClusterMember(UUID unitId, ClusterRole role) {
        this.unitId = unitId;
        this.role = role;
    }
}
