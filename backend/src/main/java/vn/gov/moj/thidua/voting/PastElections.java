package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.HistoryEntryPolicy;
import vn.gov.moj.thidua.org.PastPeriods;

/**
 * The secretariat enters a past cluster election from its paper minutes. The ordinary steps run in one transaction —
 * setup (rules from the request or the parameters in force on the session date), opening with who was present (the
 * quorum check), closing, the paper tally with all its checks, publication — so nothing is opened or closed in real
 * time and a fault anywhere leaves nothing written. The session is marked with who entered it.
 */
@ApplicationScoped
public class PastElections {

    @Inject
    PastPeriods past;

    @Inject
    ClusterRepository clusters;

    @Inject
    SessionSetup setup;

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    Tallying tallying;

    @Inject
    Publication publication;

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionViews views;

    @Inject
    AuditTrail audit;

    @Transactional
    public SessionDetail enter(UUID periodId, PastElectionRequest request) {
        EmulationPeriod period = past.openToHistory(periodId);
        SessionRequest s = request.session();
        if (s.purpose() != VotingPurpose.CLUSTER_ELECTION) {
            throw ApiProblem.invalidField("session.purpose", Text.of("history.election-cluster-only"));
        }
        Cluster cluster = s.clusterId() == null ? null : clusters.findById(s.clusterId());
        if (cluster != null) {
            HistoryEntryPolicy.requireSamePeriod(cluster.periodId, period.id, period.label);
        }
        past.requireDayOf(period, "session.sessionDate", s.sessionDate());
        SessionDetail created = setup.create(new SessionRequest(s.purpose(), s.title(), s.clusterId(), s.awardTypeId(), s.sessionDate(), s.place(),
                BallotMode.PAPER, false, s.rules(), s.candidates(), s.electorate()));
        UUID id = created.id();
        List<String> present = request.present() == null || request.present().isEmpty()
                ? created.electorate().stream().map(Voter::key).toList() : request.present();
        lifecycle.open(id, new OpenRequest(present));
        lifecycle.close(id);
        tallying.paperTally(id, request.tally());
        publication.publish(id);
        VotingSession session = sessions.findById(id);
        session.enteredBy = past.enteredBy();
        sessions.flush();
        audit.record(SessionAccess.ENTITY, session.id, "enter-history", Map.of("periodId", period.id.toString(), "enteredBy", session.enteredBy));
        return views.detail(session);
    }
}
