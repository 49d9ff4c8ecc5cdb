package vn.gov.moj.thidua.org;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;

/** Entering a cluster of an ended period as history: the ordinary create, then marked with who entered it. */
@ApplicationScoped
public class PastClusters {

    @Inject
    PastPeriods past;

    @Inject
    ClusterService clusters;

    @Inject
    AuditTrail audit;

    @Transactional
    public ClusterDetail enter(UUID periodId, ClusterRequest request) {
        EmulationPeriod period = past.openToHistory(periodId);
        HistoryEntryPolicy.requireSamePeriod(request.periodId(), period.id, period.label);
        ClusterDetail created = clusters.create(request);
        Cluster cluster = clusters.find(created.id());
        cluster.enteredBy = past.enteredBy();
        audit.record("Cluster", cluster.id, "enter-history", Map.of("periodId", period.id.toString(), "enteredBy", cluster.enteredBy));
        return created;
    }
}
