package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleOverride;
import vn.gov.moj.thidua.catalog.RuleOverrides;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.nomination.eligibility.ClusterElectionPolicy;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.EmulationPeriod;

/** Reading a cluster's flag quotas and setting the cluster's override (secretariat). */
@ApplicationScoped
public class ClusterQuotas {

    @Inject
    EntityManager em;

    @Inject
    RuleBook rules;

    @Inject
    RuleOverrides overrides;

    @Inject
    ClusterFlagQuota quotas;

    @Inject
    CurrentUser user;

    /** Both flags' quotas of the cluster. */
    public List<ClusterQuotaView> of(UUID clusterId) {
        Cluster cluster = cluster(clusterId);
        return ClusterElectionPolicy.FLAGS.stream().map(code -> view(cluster, code)).toList();
    }

    @Transactional
    public ClusterQuotaView set(UUID clusterId, ClusterQuotaRequest r) {
        Cluster cluster = cluster(clusterId);
        String code = r.awardTypeCode().strip();
        if (!ClusterElectionPolicy.appliesTo(code)) {
            throw ApiProblem.invalidField("awardTypeCode", Text.of("cluster-quota.not-a-flag", code, String.join(", ", ClusterElectionPolicy.FLAGS)));
        }
        overrides.set(cluster.id, ClusterElectionPolicy.ruleId(code), ClusterFlagQuota.KEY, r.quota(), r.note(), user.username());
        return view(cluster, code);
    }

    private Cluster cluster(UUID clusterId) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null) {
            throw ApiProblem.notFound("Cluster", clusterId);
        }
        return cluster;
    }

    private ClusterQuotaView view(Cluster cluster, String code) {
        EmulationPeriod period = em.find(EmulationPeriod.class, cluster.periodId);
        String ruleId = ClusterElectionPolicy.ruleId(code);
        Integer parameter = rules.valueOn(ruleId, ClusterFlagQuota.KEY, period.endDate).map(RuleValue::integer).orElse(null);
        Optional<RuleOverride> override = rules.overrideOf(ruleId, ClusterFlagQuota.KEY, cluster.id);
        Integer quota = quotas.quota(code, cluster.id, period.endDate).orElse(null);
        long proposed = em.createQuery("select t.id from AwardType t where t.code = :c", UUID.class).setParameter("c", code)
                .getResultStream().findFirst().map(type -> quotas.proposed(cluster.id, type, List.of())).orElse(0L);
        return new ClusterQuotaView(cluster.id, cluster.name, cluster.periodId, code, ruleId, parameter,
                override.map(o -> Integer.valueOf(o.value.strip())).orElse(null), override.map(o -> o.note).orElse(null), quota, proposed);
    }
}
