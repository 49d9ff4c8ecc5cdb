package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Kết quả chấm điểm cuối cùng of a past year: a unit's final score and rank in a cluster as the cluster's minutes
 * record them, entered as history by the secretariat with no per-criterion score sheet behind it.
 */
@Entity
@Table(name = "final_score")
public class FinalScore extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "final_score")
    public BigDecimal finalScore;

    @Column(name = "final_rank")
    public int finalRank;

    @Column(name = "entered_by")
    public String enteredBy;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
