package vn.gov.moj.thidua.catalog;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * A rule parameter's value for one cluster, overriding the dated version in force: a cluster belongs to one period,
 * so the override is "per cluster per period" (the 2019 Cụm III proposed three Cờ thi đua ngành). The cluster is a
 * plain id here: catalog depends on no other capability.
 */
@Entity
@Table(name = "rule_parameter_override")
public class RuleOverride extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Column(name = "rule_id")
    public String ruleId;

    public String key;

    public String value;

    public String note;

    @Column(name = "updated_by")
    public String updatedBy;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
