package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.AwardTypeRepository;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.signature.SignedDocuments;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;

/** Reading sessions: the list each caller may see, a session with the caller's allowed actions, its history and turnout. */
@ApplicationScoped
public class SessionViews {

    static final Map<String, String> SORTABLE = Map.of("sessionDate", "sessionDate", "title", "title", "status", "status",
            "updatedAt", "updatedAt");

    @Inject
    SignedDocuments signed;

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionAccess access;

    @Inject
    ClusterRepository clusters;

    @Inject
    AwardTypeRepository awardTypes;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    BallotBox ballots;

    public Page<SessionView> list(VotingPurpose purpose, UUID clusterId, SessionStatus status, PageParams paging) {
        ListQuery query = new ListQuery()
                .where("purpose = :purpose", "purpose", purpose)
                .where("clusterId = :clusterId", "clusterId", clusterId)
                .where("status = :status", "status", status);
        if (!access.secretariat()) {
            List<UUID> visible = new ArrayList<>(access.votableSessions());
            List<UUID> led = access.ledClusters();
            if (!led.isEmpty()) {
                visible.addAll(em.createQuery("select s.id from VotingSession s where s.clusterId in :led and s.purpose = :purpose", UUID.class)
                        .setParameter("led", led).setParameter("purpose", VotingPurpose.CLUSTER_ELECTION).getResultList());
            }
            query.where("(status = 'PUBLISHED' or id in :visible)", "visible", visible.isEmpty() ? List.of(new UUID(0, 0)) : visible);
        }
        Page<VotingSession> page = query.page(sessions, paging, SORTABLE, "-sessionDate");
        Map<UUID, String> names = clusterNames(page.items().stream().map(s -> s.clusterId).filter(Objects::nonNull).toList());
        return page.map(s -> new SessionView(s.id, s.purpose, s.title, s.clusterId, names.get(s.clusterId), s.awardTypeId, s.sessionDate,
                s.round, s.mode, s.status, s.electorate.size(), s.candidates.size(), s.version));
    }

    public SessionDetail get(UUID id) {
        return detail(access.findVisible(id));
    }

    public List<HistoryEntry> history(UUID id) {
        VotingSession session = access.findVisible(id);
        access.requireRunner(session);
        return audit.historyOf(SessionAccess.ENTITY, id).stream().map(HistoryEntry::of).toList();
    }

    public Turnout turnout(UUID id) {
        VotingSession session = access.findVisible(id);
        if (!access.isRunner(session) && access.callerVoterKey(session).isEmpty()) {
            throw ApiProblem.forbidden(Text.of("voting.turnout-readers"));
        }
        long voted = session.status == SessionStatus.DRAFT ? 0 : ballots.participations(session.id, session.round);
        return new Turnout(session.id, session.round, session.status, session.electorate.size(), session.present.size(), voted);
    }

    /** The session as the caller sees it: the actions offered are the ones the caller may take now. */
    SessionDetail detail(VotingSession session) {
        boolean runner = access.isRunner(session);
        Optional<String> voterKey = access.callerVoterKey(session);
        List<String> actions = new ArrayList<>();
        for (SessionAction a : SessionWorkflow.allowed(session.status, session.mode, SessionAccess.newRoundPossible(session))) {
            if (a == SessionAction.CAST ? voterKey.isPresent() && session.present.contains(voterKey.get()) : runner) {
                actions.add(a.apiName());
            }
        }
        boolean voted = voterKey.isPresent() && session.status != SessionStatus.DRAFT
                && ballots.hasVoted(session.id, session.round, voterKey.get());
        if (voted) {
            actions.remove(SessionAction.CAST.apiName());
        }
        int electorate = session.electorate.size();
        return new SessionDetail(session.id, session.purpose, session.title, session.clusterId, clusterName(session), session.periodId,
                session.awardTypeId, awardTypeName(session), session.sessionDate, session.place, session.round, session.previousRoundId,
                session.mode, session.status, session.rules(), List.copyOf(session.candidates), List.copyOf(session.electorate),
                List.copyOf(session.present), QuorumPolicy.needed(session.quorumShare(), electorate), session.openedAt, session.closedAt,
                session.talliedAt, session.publishedAt, actions, voterKey.orElse(null), voted, session.version, session.encrypted,
                signed.list(SessionAccess.ENTITY, session.id).stream().reduce((first, second) -> second).orElse(null),
                List.copyOf(session.recusals));
    }

    public String clusterName(VotingSession session) {
        if (session.clusterId == null) {
            return null;
        }
        Cluster cluster = clusters.findById(session.clusterId);
        return cluster == null ? null : cluster.name;
    }

    public String awardTypeName(VotingSession session) {
        if (session.awardTypeId == null) {
            return null;
        }
        AwardType type = awardTypes.findById(session.awardTypeId);
        return type == null ? null : type.name;
    }

    private Map<UUID, String> clusterNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.id, c.name from Cluster c where c.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        return names;
    }
}
