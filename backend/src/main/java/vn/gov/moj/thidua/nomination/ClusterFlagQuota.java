package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.nomination.eligibility.ClusterElectionPolicy;

/**
 * R-CO-NGANH / R-CO-CP "flags per cluster" (TT 11/2023/TT-BTP): the quota is the dated rule parameter
 * {@code flagsPerCluster}, unless the secretariat set an override for the cluster (which belongs to one period); it
 * is counted over that cluster's proposals only — dossiers listed in a cluster proposal or submitted on the cluster's
 * election — and rejected, revoked or withdrawn dossiers do not count.
 */
@ApplicationScoped
public class ClusterFlagQuota {

    public static final String KEY = "flagsPerCluster";

    /** Dossiers that no longer use a place of the quota. */
    static final List<NominationStatus> GONE = List.of(NominationStatus.REJECTED, NominationStatus.REVOKED, NominationStatus.WITHDRAWN);

    @Inject
    EntityManager em;

    @Inject
    RuleBook rules;

    /** The cluster's quota of this flag on {@code date} (the period's last day); empty when no version is in force. */
    public Optional<Integer> quota(String awardCode, UUID clusterId, LocalDate date) {
        return quotaValue(awardCode, clusterId, date).map(RuleValue::integer);
    }

    /** The same quota as the value read (the dated version, or the cluster's override), for an eligibility receipt. */
    public Optional<RuleValue> quotaValue(String awardCode, UUID clusterId, LocalDate date) {
        return rules.valueFor(ClusterElectionPolicy.ruleId(awardCode), KEY, date, clusterId);
    }

    /** The cluster's proposals of the award, leaving out the given dossiers. */
    public long proposed(UUID clusterId, UUID awardTypeId, Collection<UUID> excluding) {
        return em.createQuery("""
                select count(x) from Nomination x where x.clusterId = :c and x.awardTypeId = :t and x.status not in :gone
                  and (x.clusterProposalId is not null or x.status <> :draft) and x.id not in :excluding""", Long.class)
                .setParameter("c", clusterId).setParameter("t", awardTypeId).setParameter("gone", GONE)
                .setParameter("draft", NominationStatus.DRAFT)
                .setParameter("excluding", excluding.isEmpty() ? List.of(new UUID(0, 0)) : excluding).getSingleResult();
    }
}
