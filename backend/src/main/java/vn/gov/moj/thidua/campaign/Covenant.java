package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/** Giao ước thi đua — the targets a cluster's members sign up to at a conference, for the cluster's period. */
@Entity
@Table(name = "covenant")
public class Covenant extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String title;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    public String conference;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "covenant_member", joinColumns = @JoinColumn(name = "covenant_id"))
    @Column(name = "unit_id")
    public Set<UUID> memberUnitIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "covenant_goal", joinColumns = @JoinColumn(name = "covenant_id"))
    @OrderColumn(name = "position")
    public List<Goal> goals = new ArrayList<>();

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
