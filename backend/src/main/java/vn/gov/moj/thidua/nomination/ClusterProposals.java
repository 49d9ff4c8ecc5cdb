package vn.gov.moj.thidua.nomination;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRole;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.Unit;
import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.voting.PublishedOutcome;
import vn.gov.moj.thidua.voting.VotingResults;

/**
 * Filing the cluster's proposal (tờ trình của Cụm) from a published cluster election: only a cluster lead of the
 * cluster's head or deputy unit (or of the unit they merged into) files it; it lists elected units only, within the
 * cluster's flag quota ({@link ClusterFlagQuota}); each unit's live dossier for the award and period is linked, or a
 * draft is created for the unit, which then adds its own documents (báo cáo thành tích); the election's minutes are
 * attached to every dossier still open for files. One proposal per election; all in one transaction.
 */
@ApplicationScoped
public class ClusterProposals {

    static final String ENTITY = "ClusterProposal";

    /** States in which a dossier's files may still change (the minutes are attached then). */
    private static final Set<NominationStatus> OPEN_FOR_FILES = Set.of(NominationStatus.DRAFT, NominationStatus.RETURNED);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    UnitDirectory directory;

    @Inject
    Instance<VotingResults> voting;

    @Inject
    ClusterFlagQuota quotas;

    @Inject
    AuditTrail audit;

    @Transactional
    public ClusterProposalView file(ClusterProposalRequest r) {
        PublishedOutcome outcome = published(r.electionSessionId());
        Cluster cluster = outcome.clusterId() == null ? null : em.find(Cluster.class, outcome.clusterId());
        if (!"CLUSTER_ELECTION".equals(outcome.purpose()) || cluster == null) {
            throw ApiProblem.conflict(Text.of("cluster-proposal.not-election", r.electionSessionId()));
        }
        requireLead(cluster);
        em.createQuery("select p.id from ClusterProposal p where p.electionSessionId = :s", UUID.class)
                .setParameter("s", r.electionSessionId()).getResultStream().findFirst().ifPresent(existing -> {
                    throw ApiProblem.conflict(Text.of("cluster-proposal.exists", existing));
                });
        AwardType type = outcome.awardTypeId() == null ? null : em.find(AwardType.class, outcome.awardTypeId());
        if (type == null) {
            throw ApiProblem.conflict(Text.of("cluster-proposal.no-award", r.electionSessionId()));
        }
        List<UUID> units = chosenUnits(outcome, r.unitIds());
        EmulationPeriod period = em.find(EmulationPeriod.class, cluster.periodId);

        List<Nomination> existing = new ArrayList<>();
        for (UUID unit : units) {
            existing.add(liveDossier(unit, type.id, period.id).orElse(null));
        }
        int quota = quotas.quota(type.code, cluster.id, period.endDate).orElse(1);
        long others = quotas.proposed(cluster.id, type.id, existing.stream().filter(n -> n != null).map(n -> n.id).toList());
        if (others + units.size() > quota) {
            throw ApiProblem.of(409, "/problems/cluster-quota-exceeded", "Cluster quota exceeded",
                    Text.of("cluster-proposal.quota", cluster.name, quota, type.name, others, units.size()));
        }

        ClusterProposal p = new ClusterProposal();
        p.clusterId = cluster.id;
        p.periodId = period.id;
        p.awardTypeId = type.id;
        p.electionSessionId = r.electionSessionId();
        p.filedByUnitId = user.requireUnit();
        p.filedBy = user.username();
        p.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        em.persist(p);
        em.flush();

        Optional<byte[]> minutes = voting.get().publishedMinutesPdf(r.electionSessionId());
        for (int i = 0; i < units.size(); i++) {
            Nomination n = existing.get(i) != null ? existing.get(i) : draftFor(units.get(i), type, period, cluster, p);
            boolean linked = existing.get(i) != null;
            n.clusterProposalId = p.id;
            n.clusterId = cluster.id;
            if (n.electionSessionId == null && OPEN_FOR_FILES.contains(n.status)) {
                n.electionSessionId = r.electionSessionId();
            }
            if (!linked) {
                em.persist(n);
            }
            em.flush();
            if (minutes.isPresent() && OPEN_FOR_FILES.contains(n.status)) {
                attachMinutes(n, minutes.get(), outcome);
            }
            audit.record(DossierTransitions.ENTITY, n.id, linked ? "link-cluster-proposal" : "create",
                    Map.of("clusterProposalId", p.id.toString(), "clusterId", cluster.id.toString()));
        }
        audit.record(ENTITY, p.id, "file", Map.of("electionSessionId", p.electionSessionId.toString(), "units", units.toString()));
        return view(p);
    }

    public ClusterProposalView get(UUID id) {
        ClusterProposal p = em.find(ClusterProposal.class, id);
        if (p == null || !visible(p)) {
            throw ApiProblem.notFound("Cluster proposal", id);
        }
        return view(p);
    }

    /** The proposals the caller may read, of one election or one cluster (both optional). */
    public List<ClusterProposalView> list(UUID electionSessionId, UUID clusterId) {
        String where = (electionSessionId == null ? "" : " and p.electionSessionId = :s") + (clusterId == null ? "" : " and p.clusterId = :c");
        var query = em.createQuery("from ClusterProposal p where 1 = 1" + where + " order by p.createdAt desc", ClusterProposal.class);
        if (electionSessionId != null) {
            query.setParameter("s", electionSessionId);
        }
        if (clusterId != null) {
            query.setParameter("c", clusterId);
        }
        return query.setMaxResults(200).getResultList().stream().filter(this::visible).map(this::view).toList();
    }

    // --- checks ---------------------------------------------------------------------------------------

    private PublishedOutcome published(UUID sessionId) {
        if (!voting.isResolvable()) {
            throw ApiProblem.conflict(Text.of("cluster-proposal.no-voting", sessionId));
        }
        return voting.get().publishedOutcome(sessionId)
                .orElseThrow(() -> ApiProblem.conflict(Text.of("cluster-proposal.unpublished", sessionId)));
    }

    /** A cluster lead of the cluster's head or deputy unit (or of the unit it merged into); 403 otherwise. */
    void requireLead(Cluster cluster) {
        if (!isLead(cluster)) {
            throw ApiProblem.forbidden(Text.of("cluster-proposal.not-lead", cluster.name));
        }
    }

    private boolean isLead(Cluster cluster) {
        if (!user.hasRole(Roles.CLUSTER_LEAD) || user.unitId().isEmpty()) {
            return false;
        }
        List<UUID> mine = directory.lineageOf(user.unitId().get());
        return cluster.members.stream().anyMatch(m -> (m.role == ClusterRole.HEAD || m.role == ClusterRole.DEPUTY) && mine.contains(m.unitId));
    }

    private boolean visible(ClusterProposal p) {
        if (user.readsAllUnits()) {
            return true;
        }
        Cluster cluster = em.find(Cluster.class, p.clusterId);
        if (cluster != null && isLead(cluster)) {
            return true;
        }
        return user.unitId().map(unit -> dossiersOf(p).stream().anyMatch(n -> unit.equals(n.unitId))).orElse(false);
    }

    /** The requested units, each elected in the session; all elected units when none are named. */
    private static List<UUID> chosenUnits(PublishedOutcome outcome, List<UUID> requested) {
        List<UUID> elected = outcome.candidates().stream().filter(c -> "UNIT".equals(c.candidateKind()) && c.elected())
                .map(PublishedOutcome.CandidateOutcome::candidateRef).toList();
        if (requested == null || requested.isEmpty()) {
            if (elected.isEmpty()) {
                throw ApiProblem.conflict(Text.of("cluster-proposal.nobody-elected", outcome.sessionId()));
            }
            return elected;
        }
        for (UUID unit : requested) {
            if (!elected.contains(unit)) {
                throw ApiProblem.invalidField("unitIds", Text.of("cluster-proposal.not-elected", unit));
            }
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    // --- dossiers -------------------------------------------------------------------------------------

    /** The unit's own live dossier for itself, the award and the period (not rejected or revoked). */
    private Optional<Nomination> liveDossier(UUID unit, UUID awardTypeId, UUID periodId) {
        Optional<Nomination> found = em.createQuery("""
                from Nomination x where x.nomineeUnitId = :u and x.awardTypeId = :t and x.periodId = :p and x.status not in :gone
                order by x.createdAt""", Nomination.class)
                .setParameter("u", unit).setParameter("t", awardTypeId).setParameter("p", periodId)
                .setParameter("gone", ClusterFlagQuota.GONE).setMaxResults(1).getResultStream().findFirst();
        if (found.isPresent() && found.get().clusterProposalId != null) {
            throw ApiProblem.conflict(Text.of("cluster-proposal.already-listed", unit, found.get().id, found.get().clusterProposalId));
        }
        return found;
    }

    private Nomination draftFor(UUID unit, AwardType type, EmulationPeriod period, Cluster cluster, ClusterProposal p) {
        Nomination n = new Nomination();
        n.unitId = unit;
        n.nomineeUnitId = unit;
        n.awardTypeId = type.id;
        n.periodId = period.id;
        n.createdBy = user.username();
        n.achievements = p.note != null ? p.note
                : "Được " + cluster.name + " suy tôn, đề nghị tặng " + type.name + " năm " + period.label
                        + " (tờ trình của Cụm). Đơn vị bổ sung báo cáo thành tích.";
        return n;
    }

    private void attachMinutes(Nomination n, byte[] pdf, PublishedOutcome outcome) {
        NominationDocument doc = new NominationDocument();
        doc.nominationId = n.id;
        doc.kind = DocumentKind.BIEN_BAN;
        doc.fileName = "bien-ban-kiem-phieu-" + outcome.sessionId() + "-vong-" + outcome.round() + ".pdf";
        doc.title = "Biên bản kiểm phiếu suy tôn của Cụm";
        doc.contentType = "application/pdf";
        doc.content = pdf;
        doc.sizeBytes = pdf.length;
        doc.sha256 = sha256(pdf);
        doc.addedBy = user.username();
        em.persist(doc);
        em.flush();
        audit.record(DossierTransitions.ENTITY, n.id, "upload", Map.of("documentId", doc.id.toString(), "kind", doc.kind.name(), "sha256", doc.sha256));
    }

    private List<Nomination> dossiersOf(ClusterProposal p) {
        return em.createQuery("from Nomination x where x.clusterProposalId = :p order by x.createdAt, x.id", Nomination.class)
                .setParameter("p", p.id).getResultList();
    }

    private ClusterProposalView view(ClusterProposal p) {
        Cluster cluster = em.find(Cluster.class, p.clusterId);
        AwardType type = em.find(AwardType.class, p.awardTypeId);
        EmulationPeriod period = em.find(EmulationPeriod.class, p.periodId);
        List<ClusterProposalView.Dossier> dossiers = dossiersOf(p).stream().map(n -> {
            Unit unit = em.find(Unit.class, n.unitId);
            boolean minutes = em.createQuery("select count(d) from NominationDocument d where d.nominationId = :n and d.kind = :k", Long.class)
                    .setParameter("n", n.id).setParameter("k", DocumentKind.BIEN_BAN).getSingleResult() > 0;
            return new ClusterProposalView.Dossier(n.id, n.unitId, unit == null ? null : unit.name, n.status, minutes);
        }).toList();
        Integer quota = quotas.quota(type.code, p.clusterId, period.endDate).orElse(null);
        return new ClusterProposalView(p.id, p.clusterId, cluster.name, p.periodId, p.awardTypeId, type.code, p.electionSessionId,
                p.filedByUnitId, p.filedBy, p.createdAt, p.note, quota, quotas.proposed(p.clusterId, p.awardTypeId, List.of()), dossiers);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
