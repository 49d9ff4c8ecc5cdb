package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Tờ trình của Cụm — the cluster's proposal of the units it elected (suy tôn) in one published election, filed by the
 * cluster's head or deputy unit. Each elected unit keeps its own dossier ({@link Nomination#clusterProposalId}).
 */
@Entity
@Table(name = "cluster_proposal")
public class ClusterProposal extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Column(name = "period_id")
    public UUID periodId;

    @Column(name = "award_type_id")
    public UUID awardTypeId;

    @Column(name = "election_session_id")
    public UUID electionSessionId;

    @Column(name = "filed_by_unit_id")
    public UUID filedByUnitId;

    @Column(name = "filed_by")
    public String filedBy;

    public String note;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
