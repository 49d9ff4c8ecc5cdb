package vn.gov.moj.thidua.campaign;

import java.util.ArrayList;
import java.util.Comparator;
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
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.ClusterRole;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.EmulationPeriodRepository;
import vn.gov.moj.thidua.org.UnitDirectory;

/** Covenants are public within the sector; the secretariat or the cluster's head or deputy records them. */
@ApplicationScoped
public class CovenantService {

    static final Map<String, String> SORTABLE = Map.of("signedOn", "signedOn", "title", "title");

    @Inject
    CovenantRepository covenants;

    @Inject
    ClusterRepository clusters;

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    CampaignRepository campaigns;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    public Page<CovenantView> list(UUID clusterId, UUID periodId, UUID memberUnitId, PageParams paging) {
        return new ListQuery()
                .where("clusterId = :clusterId", "clusterId", clusterId)
                .where("clusterId in (select c.id from Cluster c where c.periodId = :periodId)", "periodId", periodId)
                .where("id in (select v.id from Covenant v join v.memberUnitIds m where m = :member)", "member", memberUnitId)
                .page(covenants, paging, SORTABLE, "-signedOn")
                .map(this::view);
    }

    public CovenantView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public CovenantView create(CovenantRequest request) {
        Covenant covenant = new Covenant();
        apply(covenant, request);
        covenants.persistAndFlush(covenant);
        audit.record("Covenant", covenant.id, "create", Map.of("clusterId", covenant.clusterId.toString(), "signedOn", covenant.signedOn.toString()));
        return view(covenant);
    }

    @Transactional
    public CovenantView update(UUID id, String ifMatch, CovenantRequest request) {
        Covenant covenant = find(id);
        Versions.requireMatch(ifMatch, covenant.version);
        requireMayRecord(cluster(covenant.clusterId, "clusterId"));
        apply(covenant, request);
        covenants.flush();
        audit.record("Covenant", covenant.id, "update", Map.of("clusterId", covenant.clusterId.toString()));
        return view(covenant);
    }

    private void apply(Covenant covenant, CovenantRequest r) {
        Cluster cluster = cluster(r.clusterId(), "clusterId");
        requireMayRecord(cluster);
        Set<UUID> members = new LinkedHashSet<>();
        if (r.memberUnitIds() == null || r.memberUnitIds().isEmpty()) {
            cluster.members.forEach(m -> members.add(m.unitId));
        } else {
            for (UUID unit : r.memberUnitIds()) {
                if (!cluster.hasMember(unit)) {
                    throw ApiProblem.invalidField("memberUnitIds", Text.of("campaign.not-a-cluster-member", unit, cluster.name));
                }
                members.add(unit);
            }
        }
        if (r.campaignId() != null && campaigns.findById(r.campaignId()) == null) {
            throw ApiProblem.invalidField("campaignId", Text.of("common.no-such", Text.of("thing.Campaign"), r.campaignId()));
        }
        covenant.clusterId = cluster.id;
        covenant.campaignId = r.campaignId();
        covenant.title = r.title().strip();
        covenant.signedOn = r.signedOn();
        covenant.conference = r.conference().strip();
        covenant.memberUnitIds.clear();
        covenant.memberUnitIds.addAll(members);
        covenant.goals.clear();
        r.goals().forEach(g -> covenant.goals.add(g.toGoal()));
    }

    /** The secretariat, or a cluster lead whose unit heads or deputises this cluster. */
    private void requireMayRecord(Cluster cluster) {
        if (user.hasRole(Roles.SECRETARIAT)) {
            return;
        }
        boolean leads = user.hasRole(Roles.CLUSTER_LEAD) && cluster.members.stream()
                .anyMatch(m -> m.role != ClusterRole.MEMBER && user.belongsTo(m.unitId));
        if (!leads) {
            throw ApiProblem.forbidden(Text.of("campaign.covenant-recorders-only"));
        }
    }

    private Cluster cluster(UUID id, String field) {
        Cluster cluster = clusters.findById(id);
        if (cluster == null) {
            throw ApiProblem.invalidField(field, Text.of("common.no-such", Text.of("thing.Cluster"), id));
        }
        return cluster;
    }

    private Covenant find(UUID id) {
        Covenant covenant = covenants.findById(id);
        if (covenant == null) {
            throw ApiProblem.notFound("Covenant", id);
        }
        return covenant;
    }

    private CovenantView view(Covenant c) {
        Cluster cluster = clusters.findById(c.clusterId);
        EmulationPeriod period = periods.findById(cluster.periodId);
        Map<UUID, String> names = directory.namesOf(c.memberUnitIds);
        List<UnitRef> members = new ArrayList<>(c.memberUnitIds.stream().map(u -> new UnitRef(u, names.get(u))).toList());
        members.sort(Comparator.comparing(u -> u.unitName() == null ? "" : u.unitName()));
        return new CovenantView(c.id, c.clusterId, cluster.name, cluster.periodId, period == null ? null : period.label,
                c.campaignId, c.title, c.signedOn, c.conference, members, c.goals.stream().map(GoalDto::of).toList(), c.version);
    }
}
