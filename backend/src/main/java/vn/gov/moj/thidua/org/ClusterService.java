package vn.gov.moj.thidua.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.web.Versions;

@ApplicationScoped
public class ClusterService {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind");

    @Inject
    AuditTrail audit;

    @Inject
    ClusterRepository clusters;

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    UnitRepository units;

    @Inject
    UnitDirectory directory;

    public Page<ClusterView> list(UUID periodId, UUID memberUnitId, String q, ClusterKind kind, PageParams paging) {
        Page<Cluster> page = new ListQuery()
                .search("searchText", q)
                .where("periodId = :periodId", "periodId", periodId)
                .where("kind = :kind", "kind", kind)
                .where("id in (select c2.id from Cluster c2 join c2.members m where m.unitId = :memberUnitId)",
                        "memberUnitId", memberUnitId)
                .page(clusters, paging, SORTABLE, "name");
        List<UUID> heads = page.items().stream().map(c -> c.headUnitId().orElse(null)).toList();
        Map<UUID, String> names = directory.namesOf(heads);
        Map<UUID, String> labels = periodLabels(page.items().stream().map(c -> c.periodId).toList());
        return page.map(c -> view(c, labels.get(c.periodId), names));
    }

    public ClusterDetail get(UUID id) {
        return detail(find(id));
    }

    @Transactional
    public ClusterDetail create(ClusterRequest request) {
        Cluster cluster = new Cluster();
        apply(cluster, request);
        clusters.persistAndFlush(cluster);
        audit.record("Cluster", cluster.id, "create", request);
        return detail(cluster);
    }

    @Transactional
    public ClusterDetail update(UUID id, String ifMatch, ClusterRequest request) {
        Cluster cluster = find(id);
        Versions.requireMatch(ifMatch, cluster.version);
        apply(cluster, request);
        clusters.flush();
        audit.record("Cluster", cluster.id, "update", request);
        return detail(cluster);
    }

    public Cluster find(UUID id) {
        Cluster cluster = clusters.findById(id);
        if (cluster == null) {
            throw ApiProblem.notFound("Cluster", id);
        }
        return cluster;
    }

    private void apply(Cluster cluster, ClusterRequest request) {
        EmulationPeriod period = periods.findById(request.periodId());
        if (period == null) {
            throw ApiProblem.invalidField("periodId", Text.of("common.no-such", Text.of("thing.Period"), request.periodId()));
        }
        Set<UUID> members = new LinkedHashSet<>(request.memberUnitIds());
        if (members.size() != request.memberUnitIds().size()) {
            throw ApiProblem.invalidField("memberUnitIds", Text.of("org.unit-twice"));
        }
        List<UUID> deputies = request.deputyUnitIds() == null ? List.of() : request.deputyUnitIds();
        if (request.headUnitId() != null && !members.contains(request.headUnitId())) {
            throw ApiProblem.invalidField("headUnitId", Text.of("org.head-not-member"));
        }
        for (UUID deputy : deputies) {
            if (!members.contains(deputy)) {
                throw ApiProblem.invalidField("deputyUnitIds", Text.of("org.deputy-not-member", deputy));
            }
            if (deputy.equals(request.headUnitId())) {
                throw ApiProblem.invalidField("deputyUnitIds", Text.of("org.head-is-deputy"));
            }
        }
        Map<UUID, Unit> found = new HashMap<>();
        units.list("id in ?1", members).forEach(u -> found.put(u.id, u));
        for (UUID member : members) {
            Unit unit = found.get(member);
            if (unit == null) {
                throw ApiProblem.invalidField("memberUnitIds", Text.of("common.no-such", Text.of("thing.Unit"), member));
            }
            boolean activeDuringPeriod = !unit.validFrom.isAfter(period.endDate)
                    && (unit.validTo == null || !unit.validTo.isBefore(period.startDate));
            if (!activeDuringPeriod) {
                throw ApiProblem.invalidField("memberUnitIds", Text.of("org.unit-not-during-period", unit.name, period.label));
            }
        }
        requireOneClusterOfAKind(cluster.id, period, request.kind(), members, found);
        cluster.periodId = period.id;
        cluster.name = request.name().strip();
        cluster.kind = request.kind();
        List<ClusterMember> rebuilt = new ArrayList<>();
        for (UUID member : members) {
            ClusterRole role = member.equals(request.headUnitId()) ? ClusterRole.HEAD
                    : deputies.contains(member) ? ClusterRole.DEPUTY : ClusterRole.MEMBER;
            rebuilt.add(new ClusterMember(member, role));
        }
        cluster.members.clear();
        cluster.members.addAll(rebuilt);
    }

    /** A unit belongs to one cluster of a kind per period (issue 19): 409 naming the other cluster. */
    private void requireOneClusterOfAKind(UUID self, EmulationPeriod period, ClusterKind kind, Set<UUID> members, Map<UUID, Unit> found) {
        clusters.getEntityManager().createQuery("""
                select m.unitId, c.name from Cluster c join c.members m
                where c.periodId = :p and c.kind = :k and m.unitId in :units and c.id <> :self""", Object[].class)
                .setParameter("p", period.id).setParameter("k", kind).setParameter("units", members)
                .setParameter("self", self == null ? new UUID(0, 0) : self).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(clash -> {
                    throw ApiProblem.conflict(Text.of("org.unit-in-other-cluster", found.get((UUID) clash[0]).name, clash[1], period.label));
                });
    }

    private Map<UUID, String> periodLabels(List<UUID> ids) {
        Map<UUID, String> labels = new HashMap<>();
        List<UUID> distinct = ids.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            periods.list("id in ?1", distinct).forEach(p -> labels.put(p.id, p.label));
        }
        return labels;
    }

    private static ClusterView view(Cluster c, String periodLabel, Map<UUID, String> names) {
        UUID head = c.headUnitId().orElse(null);
        return new ClusterView(c.id, c.periodId, periodLabel, c.name, c.kind, head, names.get(head), c.members.size(), c.version);
    }

    private ClusterDetail detail(Cluster c) {
        Map<UUID, String> names = directory.namesOf(c.members.stream().map(m -> m.unitId).toList());
        UUID head = c.headUnitId().orElse(null);
        List<ClusterDetail.Member> members = c.members.stream()
                .map(m -> new ClusterDetail.Member(m.unitId, names.get(m.unitId), m.role))
                .sorted(Comparator.comparing((ClusterDetail.Member m) -> m.role().ordinal())
                        .thenComparing(m -> m.unitName() == null ? "" : m.unitName()))
                .toList();
        String label = periodLabels(List.of(c.periodId)).get(c.periodId);
        return new ClusterDetail(c.id, c.periodId, label, c.name, c.kind, head, names.get(head), c.members.size(),
                c.version, members, c.enteredBy, c.enteredBy == null ? null : c.createdAt);
    }
}
