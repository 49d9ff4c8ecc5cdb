package vn.gov.moj.thidua.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.AwardTypeRepository;
import vn.gov.moj.thidua.catalog.Fraction;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Problem.FieldError;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.ClusterRole;
import vn.gov.moj.thidua.org.UnitDirectory;

/** Sessions: setup while DRAFT, opening with the quorum check, closing, tallying, publishing and new rounds. */
@ApplicationScoped
public class VotingSessionService {

    static final String ENTITY = "VotingSession";
    static final Map<String, String> SORTABLE = Map.of("sessionDate", "sessionDate", "title", "title", "status", "status",
            "updatedAt", "updatedAt");
    static final UUID CO_CP = UUID.fromString("00000000-0000-4000-8000-000000100008");

    @Inject
    VotingSessionRepository sessions;

    @Inject
    ClusterRepository clusters;

    @Inject
    AwardTypeRepository awardTypes;

    @Inject
    UnitDirectory directory;

    @Inject
    RuleBook ruleBook;

    @Inject
    CurrentUser user;

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
        if (!secretariat()) {
            List<UUID> visible = new ArrayList<>(votableSessions());
            List<UUID> led = ledClusters();
            if (!led.isEmpty()) {
                visible.addAll(em.createQuery("select s.id from VotingSession s where s.clusterId in :led and s.purpose = :purpose", UUID.class)
                        .setParameter("led", led).setParameter("purpose", VotingPurpose.CLUSTER_ELECTION).getResultList());
            }
            query.where("(status = 'PUBLISHED' or id in :visible)", "visible", visible.isEmpty() ? List.of(new UUID(0, 0)) : visible);
        }
        Page<VotingSession> page = query.page(sessions, paging, SORTABLE, "-sessionDate");
        Map<UUID, String> names = clusterNames(page.items().stream().map(s -> s.clusterId).filter(java.util.Objects::nonNull).toList());
        return page.map(s -> new SessionView(s.id, s.purpose, s.title, s.clusterId, names.get(s.clusterId), s.awardTypeId, s.sessionDate,
                s.round, s.mode, s.status, s.electorate.size(), s.candidates.size(), s.version));
    }

    public SessionDetail get(UUID id) {
        return detail(findVisible(id));
    }

    public List<HistoryEntry> history(UUID id) {
        VotingSession session = findVisible(id);
        requireRunner(session);
        return audit.historyOf(ENTITY, id).stream().map(HistoryEntry::of).toList();
    }

    @Transactional
    public SessionDetail create(SessionRequest request) {
        VotingSession session = new VotingSession();
        session.status = SessionStatus.DRAFT;
        session.round = 1;
        session.createdBy = user.username();
        apply(session, request, true);
        requireRunner(session);
        sessions.persistAndFlush(session);
        audit.transition(ENTITY, session.id, "create", null, SessionStatus.DRAFT, null,
                Map.of("purpose", session.purpose, "rules", session.rules(), "candidates", session.candidates.size()));
        return detail(session);
    }

    @Transactional
    public SessionDetail update(UUID id, String ifMatch, SessionRequest request) {
        VotingSession session = findVisible(id);
        requireRunner(session);
        Versions.requireMatch(ifMatch, session.version);
        requireAllowed(session, SessionAction.EDIT);
        if (request.purpose() != session.purpose) {
            throw ApiProblem.invalidField("purpose", "the purpose of a session cannot change");
        }
        apply(session, request, false);
        requireRunner(session);
        sessions.flush();
        audit.record(ENTITY, session.id, "edit", Map.of("rules", session.rules(), "candidates", session.candidates.size(),
                "electorate", session.electorate.size()));
        return detail(session);
    }

    @Transactional
    public SessionDetail open(UUID id, OpenRequest request) {
        VotingSession session = lockForChange(id);
        requireAllowed(session, SessionAction.OPEN);
        List<FieldError> faults = new ArrayList<>();
        if (session.candidates.isEmpty()) {
            faults.add(new FieldError("candidates", "the session has no candidates"));
        }
        if (session.electorate.isEmpty()) {
            faults.add(new FieldError("electorate", "the session has no electorate"));
        }
        Set<String> present = new LinkedHashSet<>();
        for (int i = 0; i < request.present().size(); i++) {
            String key = request.present().get(i).strip();
            if (session.voter(key).isEmpty()) {
                faults.add(new FieldError("present[" + i + "]", key + " is not in the electorate"));
            } else if (!present.add(key)) {
                faults.add(new FieldError("present[" + i + "]", key + " is listed twice"));
            }
        }
        if (session.maxChoices > session.candidates.size() && !session.candidates.isEmpty()) {
            faults.add(new FieldError("rules.maxChoices", "exceeds the " + session.candidates.size() + " candidates"));
        }
        requireNoFaults(faults);
        Fraction quorum = session.quorumShare();
        int electorate = session.electorate.size();
        if (!QuorumPolicy.isMet(quorum, present.size(), electorate)) {
            throw new ApiProblem(409, "/problems/quorum-not-met", "Quorum not met",
                    present.size() + " of " + electorate + " present; the quorum of " + session.quorum + " needs at least "
                            + QuorumPolicy.needed(quorum, electorate) + ". The session stays DRAFT: open it again when enough members are present",
                    List.of(new FieldError("present", present.size() + " of " + electorate + " present, "
                            + QuorumPolicy.needed(quorum, electorate) + " needed")),
                    session.status.name(), List.of(SessionAction.EDIT.apiName(), SessionAction.OPEN.apiName()));
        }
        session.present = new ArrayList<>(present);
        session.status = SessionStatus.OPEN;
        session.openedAt = Instant.now();
        sessions.flush();
        audit.transition(ENTITY, session.id, "open", SessionStatus.DRAFT, SessionStatus.OPEN, null,
                Map.of("present", session.present.size(), "electorate", electorate, "rules", session.rules()));
        return detail(session);
    }

    @Transactional
    public SessionDetail close(UUID id) {
        VotingSession session = lockForChange(id);
        requireAllowed(session, SessionAction.CLOSE);
        session.status = SessionStatus.CLOSED;
        session.closedAt = Instant.now();
        long shuffled = session.mode == BallotMode.ELECTRONIC ? ballots.shuffle(session.id, session.round) : 0;
        sessions.flush();
        audit.transition(ENTITY, session.id, "close", SessionStatus.OPEN, SessionStatus.CLOSED, null,
                Map.of("ballots", shuffled, "voted", ballots.participations(session.id, session.round)));
        return detail(session);
    }

    @Transactional
    public SessionDetail tally(UUID id) {
        VotingSession session = lockForChange(id);
        requireAllowed(session, SessionAction.TALLY);
        Map<UUID, TallyPolicy.Counts> counts = ballots.counts(session.id, session.round);
        int cast = (int) ballots.ballots(session.id, session.round);
        session.result = TallyPolicy.tally(session.candidates, counts, session.thresholdShare(), session.base, session.seats,
                new TallyPolicy.Attendance(session.electorate.size(), session.present.size(), cast, 0), false);
        return finishTally(session, SessionAction.TALLY, Map.of("ballots", cast));
    }

    @Transactional
    public SessionDetail paperTally(UUID id, PaperTallyRequest request) {
        VotingSession session = lockForChange(id);
        requireAllowed(session, SessionAction.PAPER_TALLY);
        List<FieldError> faults = new ArrayList<>();
        if (request.ballotsReceived() > request.ballotsIssued()) {
            faults.add(new FieldError("ballotsReceived", "more ballots received than issued"));
        }
        if (request.ballotsIssued() > session.present.size()) {
            faults.add(new FieldError("ballotsIssued", "more ballots issued than the " + session.present.size() + " voters present"));
        }
        if (request.validBallots() + request.invalidBallots() != request.ballotsReceived()) {
            faults.add(new FieldError("validBallots", "valid + invalid ballots must equal the ballots received"));
        }
        Map<UUID, TallyPolicy.Counts> counts = new HashMap<>();
        long yesTotal = 0;
        for (int i = 0; i < request.counts().size(); i++) {
            PaperTallyRequest.Count count = request.counts().get(i);
            String path = "counts[" + i + "]";
            if (session.candidate(count.candidateRef()).isEmpty()) {
                faults.add(new FieldError(path + ".candidateRef", count.candidateRef() + " is not a candidate of this session"));
                continue;
            }
            if (counts.containsKey(count.candidateRef())) {
                faults.add(new FieldError(path + ".candidateRef", "counted twice"));
                continue;
            }
            long no = count.no() == null ? 0 : count.no();
            long abstain = count.abstain() == null ? 0 : count.abstain();
            if (count.yes() + no + abstain > request.validBallots()) {
                faults.add(new FieldError(path, "yes + no + abstain exceed the " + request.validBallots() + " valid ballots"));
            }
            if (abstain > 0 && !session.abstainAllowed) {
                faults.add(new FieldError(path + ".abstain", "abstaining is not allowed in this session"));
            }
            yesTotal += count.yes();
            counts.put(count.candidateRef(), new TallyPolicy.Counts(count.yes(), no, abstain));
        }
        if (yesTotal > (long) request.validBallots() * session.maxChoices) {
            faults.add(new FieldError("counts", "more YES marks than " + request.validBallots() + " valid ballots of at most "
                    + session.maxChoices + " choices allow"));
        }
        for (Candidate c : session.candidates) {
            if (!counts.containsKey(c.ref()) && faults.isEmpty()) {
                faults.add(new FieldError("counts", "no count for candidate " + c.label() + " (" + c.ref() + ")"));
            }
        }
        requireNoFaults(faults);
        session.paper = new PaperCount(request.ballotsIssued(), request.ballotsReceived(), request.validBallots(), request.invalidBallots(),
                user.username(), user.displayName(), Instant.now().toString());
        session.result = TallyPolicy.tally(session.candidates, counts, session.thresholdShare(), session.base, session.seats,
                new TallyPolicy.Attendance(session.electorate.size(), session.present.size(), request.validBallots(), request.invalidBallots()),
                true);
        return finishTally(session, SessionAction.PAPER_TALLY, Map.of("paper", session.paper));
    }

    private SessionDetail finishTally(VotingSession session, SessionAction action, Object detail) {
        session.status = SessionStatus.TALLIED;
        session.talliedAt = Instant.now();
        sessions.flush();
        audit.transition(ENTITY, session.id, action.apiName(), SessionStatus.CLOSED, SessionStatus.TALLIED, null,
                Map.of("detail", detail, "tieForLastSeat", session.result.tieForLastSeat(),
                        "elected", session.result.candidates().stream().filter(Tally.CandidateResult::elected).map(Tally.CandidateResult::ref).toList()));
        return detail(session);
    }

    @Transactional
    public SessionDetail publish(UUID id) {
        VotingSession session = lockForChange(id);
        requireAllowed(session, SessionAction.PUBLISH);
        session.status = SessionStatus.PUBLISHED;
        session.publishedAt = Instant.now();
        sessions.flush();
        audit.transition(ENTITY, session.id, "publish", SessionStatus.TALLIED, SessionStatus.PUBLISHED, null, null);
        return detail(session);
    }

    @Transactional
    public SessionDetail newRound(UUID id, RoundRequest request) {
        VotingSession previous = lockForChange(id);
        requireAllowed(previous, SessionAction.NEW_ROUND);
        if (sessions.count("previousRoundId", previous.id) > 0) {
            throw ApiProblem.conflict("Round " + (previous.round + 1) + " of this session already exists");
        }
        boolean onlyTied = request == null || request.onlyTied() == null ? previous.result.tieForLastSeat() : request.onlyTied();
        VotingSession next = new VotingSession();
        next.purpose = previous.purpose;
        next.title = previous.title;
        next.clusterId = previous.clusterId;
        next.periodId = previous.periodId;
        next.awardTypeId = previous.awardTypeId;
        next.sessionDate = previous.sessionDate;
        next.place = previous.place;
        next.round = previous.round + 1;
        next.previousRoundId = previous.id;
        next.mode = previous.mode;
        next.status = SessionStatus.DRAFT;
        next.quorum = previous.quorum;
        next.threshold = previous.threshold;
        next.base = previous.base;
        next.selfVoteAllowed = previous.selfVoteAllowed;
        next.abstainAllowed = previous.abstainAllowed;
        next.secret = previous.secret;
        next.electorate = new ArrayList<>(previous.electorate);
        long elected = previous.result.candidates().stream().filter(Tally.CandidateResult::elected).count();
        next.seats = (int) Math.max(1, previous.seats - elected);
        if (onlyTied) {
            next.candidates = previous.result.candidates().stream().filter(Tally.CandidateResult::tiedForLastSeat)
                    .map(r -> new Candidate(r.kind(), r.ref(), r.label())).toList();
        } else {
            Set<UUID> won = new java.util.HashSet<>();
            previous.result.candidates().stream().filter(Tally.CandidateResult::elected).forEach(r -> won.add(r.ref()));
            next.candidates = previous.candidates.stream().filter(c -> !won.contains(c.ref())).toList();
        }
        next.candidates = new ArrayList<>(next.candidates);
        next.maxChoices = Math.min(Math.max(1, Math.min(previous.maxChoices, next.seats)), Math.max(1, next.candidates.size()));
        next.createdBy = user.username();
        sessions.persistAndFlush(next);
        audit.transition(ENTITY, next.id, "create-round", null, SessionStatus.DRAFT, null,
                Map.of("previousRoundId", previous.id, "round", next.round, "candidates", next.candidates.size()));
        audit.record(ENTITY, previous.id, "new-round", Map.of("nextRoundId", next.id));
        return detail(next);
    }

    public Turnout turnout(UUID id) {
        VotingSession session = findVisible(id);
        if (!isRunner(session) && callerVoterKey(session).isEmpty()) {
            throw ApiProblem.forbidden("Only the session's runners and its voters follow the turnout");
        }
        long voted = session.status == SessionStatus.DRAFT ? 0 : ballots.participations(session.id, session.round);
        return new Turnout(session.id, session.round, session.status, session.electorate.size(), session.present.size(), voted);
    }

    public SessionResult result(UUID id) {
        VotingSession session = resultVisible(id);
        boolean published = session.status == SessionStatus.PUBLISHED;
        List<String> receipts = published && session.mode == BallotMode.ELECTRONIC ? ballots.receipts(session.id, session.round) : List.of();
        return new SessionResult(session.id, session.title, session.round, session.status, session.mode, session.rules(), session.result,
                published, session.publishedAt, session.paper, receipts);
    }

    /** The session and its result, for the minutes: runners once tallied, everyone once published. */
    public VotingSession resultVisible(UUID id) {
        VotingSession session = findVisible(id);
        boolean tallied = session.status == SessionStatus.TALLIED || session.status == SessionStatus.PUBLISHED;
        if (!tallied) {
            throw ApiProblem.conflict("The session is " + session.status + "; its result exists once it is tallied");
        }
        if (session.status != SessionStatus.PUBLISHED && !isRunner(session)) {
            throw ApiProblem.notFound("Result of voting session", id);
        }
        return session;
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

    // --- access -----------------------------------------------------------------------------------------

    VotingSession findVisible(UUID id) {
        VotingSession session = sessions.findById(id);
        if (session == null || !canSee(session)) {
            throw ApiProblem.notFound(ENTITY, id);
        }
        return session;
    }

    private VotingSession lockForChange(UUID id) {
        VotingSession session = findVisible(id);
        requireRunner(session);
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    boolean canSee(VotingSession session) {
        return session.status == SessionStatus.PUBLISHED || isRunner(session)
                || (session.status != SessionStatus.DRAFT && callerVoterKey(session).isPresent());
    }

    private boolean secretariat() {
        return user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
    }

    /** Runs the session: the secretariat, or for a cluster election the lead of its head or deputy unit. */
    boolean isRunner(VotingSession session) {
        if (secretariat()) {
            return true;
        }
        if (session.purpose != VotingPurpose.CLUSTER_ELECTION || !user.hasRole(Roles.CLUSTER_LEAD) || session.clusterId == null) {
            return false;
        }
        return ledClusters().contains(session.clusterId);
    }

    private void requireRunner(VotingSession session) {
        if (!isRunner(session)) {
            throw ApiProblem.forbidden(session.purpose == VotingPurpose.COUNCIL_REVIEW
                    ? "Council sessions are run by the emulation secretariat"
                    : "Cluster elections are run by the secretariat or by the lead of the cluster's head or deputy unit");
        }
    }

    private List<UUID> ledClusters() {
        if (!user.hasRole(Roles.CLUSTER_LEAD)) {
            return List.of();
        }
        Optional<UUID> unit = user.unitId();
        if (unit.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.id from Cluster c join c.members m where m.unitId = :unit and m.role in :roles", UUID.class)
                .setParameter("unit", unit.get()).setParameter("roles", List.of(ClusterRole.HEAD, ClusterRole.DEPUTY)).getResultList();
    }

    private List<UUID> votableSessions() {
        List<String> keys = new ArrayList<>();
        if (user.hasRole(Roles.UNIT_HEAD)) {
            user.unitId().ifPresent(u -> keys.add(u.toString()));
        }
        if (user.hasRole(Roles.COUNCIL_MEMBER)) {
            keys.add(user.username());
        }
        List<UUID> ids = new ArrayList<>();
        for (String key : keys) {
            @SuppressWarnings("unchecked")
            List<UUID> found = em.createNativeQuery("SELECT id FROM voting_session WHERE status <> 'DRAFT' AND electorate @> CAST(:doc AS jsonb)", UUID.class)
                    .setParameter("doc", "[{\"key\":" + jsonString(key) + "}]").getResultList();
            ids.addAll(found);
        }
        return ids;
    }

    /** The caller's key in the session's electorate: the unit head's unit, or the council member's user name. */
    Optional<String> callerVoterKey(VotingSession session) {
        String key = null;
        if (session.purpose == VotingPurpose.CLUSTER_ELECTION && user.hasRole(Roles.UNIT_HEAD)) {
            key = user.unitId().map(UUID::toString).orElse(null);
        } else if (session.purpose == VotingPurpose.COUNCIL_REVIEW && user.hasRole(Roles.COUNCIL_MEMBER)) {
            key = user.username();
        }
        return key == null ? Optional.empty() : session.voter(key).map(Voter::key);
    }

    void requireAllowed(VotingSession session, SessionAction action) {
        List<SessionAction> allowed = SessionWorkflow.allowed(session.status, session.mode, newRoundPossible(session));
        if (!allowed.contains(action)) {
            throw ApiProblem.illegalTransition(ENTITY, session.status.name(), action.apiName(),
                    allowed.stream().map(SessionAction::apiName).toList());
        }
    }

    static boolean newRoundPossible(VotingSession session) {
        if (session.result == null) {
            return false;
        }
        long elected = session.result.candidates().stream().filter(Tally.CandidateResult::elected).count();
        return session.result.tieForLastSeat() || (elected < session.seats && session.candidates.size() > elected);
    }

    // --- setup -----------------------------------------------------------------------------------------

    private void apply(VotingSession session, SessionRequest request, boolean creating) {
        List<FieldError> faults = new ArrayList<>();
        session.purpose = request.purpose();
        session.title = request.title().strip();
        session.sessionDate = request.sessionDate();
        session.place = request.place() == null || request.place().isBlank() ? null : request.place().strip();
        session.mode = request.mode() == null ? BallotMode.ELECTRONIC : request.mode();
        session.awardTypeId = request.awardTypeId();
        if (request.awardTypeId() != null && awardTypes.findById(request.awardTypeId()) == null) {
            faults.add(new FieldError("awardTypeId", "award type " + request.awardTypeId() + " does not exist"));
        }
        Cluster cluster = null;
        if (request.purpose() == VotingPurpose.CLUSTER_ELECTION) {
            if (request.clusterId() == null) {
                faults.add(new FieldError("clusterId", "a cluster election needs its cluster"));
            } else {
                cluster = clusters.findById(request.clusterId());
                if (cluster == null) {
                    faults.add(new FieldError("clusterId", "cluster " + request.clusterId() + " does not exist"));
                }
            }
            if (request.electorate() != null && !request.electorate().isEmpty()) {
                faults.add(new FieldError("electorate", "a cluster election's electorate is the cluster's member units; leave it out"));
            }
        } else {
            if (request.clusterId() != null) {
                faults.add(new FieldError("clusterId", "a council review belongs to no cluster"));
            }
            if (request.electorate() == null || request.electorate().isEmpty()) {
                faults.add(new FieldError("electorate", "name the council members who vote"));
            }
        }
        requireNoFaults(faults);
        if (cluster != null) {
            session.clusterId = cluster.id;
            session.periodId = cluster.periodId;
            Map<UUID, String> names = directory.namesOf(cluster.members.stream().map(m -> m.unitId).toList());
            session.electorate = new ArrayList<>(cluster.members.stream()
                    .map(m -> new Voter(m.unitId.toString(), names.getOrDefault(m.unitId, m.unitId.toString()))).toList());
            if (request.candidates() == null || request.candidates().isEmpty()) {
                session.candidates = new ArrayList<>(cluster.members.stream().map(m -> m.unitId)
                        .map(u -> new Candidate(CandidateKind.UNIT, u, names.getOrDefault(u, u.toString()))).toList());
            }
        } else {
            session.clusterId = null;
            session.periodId = null;
            Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < request.electorate().size(); i++) {
                Voter v = request.electorate().get(i);
                if (!keys.add(v.key().strip())) {
                    faults.add(new FieldError("electorate[" + i + "].key", v.key() + " is listed twice"));
                }
            }
            session.electorate = new ArrayList<>(request.electorate().stream().map(v -> new Voter(v.key().strip(), v.label().strip())).toList());
        }
        if (request.candidates() != null && !request.candidates().isEmpty()) {
            Set<UUID> refs = new java.util.HashSet<>();
            for (int i = 0; i < request.candidates().size(); i++) {
                Candidate c = request.candidates().get(i);
                if (!refs.add(c.ref())) {
                    faults.add(new FieldError("candidates[" + i + "].ref", "listed twice"));
                }
                if (cluster != null && c.kind() == CandidateKind.UNIT && !cluster.hasMember(c.ref())) {
                    faults.add(new FieldError("candidates[" + i + "].ref", "unit " + c.ref() + " is not a member of " + cluster.name));
                }
            }
            session.candidates = new ArrayList<>(request.candidates().stream().map(c -> new Candidate(c.kind(), c.ref(), c.label().strip())).toList());
        } else if (cluster == null) {
            session.candidates = new ArrayList<>();
        }
        applyRules(session, request.rules() == null ? new RulesInput(null, null, null, null, null, null, null, null) : request.rules(), faults);
        requireNoFaults(faults);
    }

    private void applyRules(VotingSession session, RulesInput rules, List<FieldError> faults) {
        boolean cluster = session.purpose == VotingPurpose.CLUSTER_ELECTION;
        String rule = cluster ? "R-CO-NGANH" : "R-COUNCIL-VOTE";
        LocalDate date = session.sessionDate;
        session.quorum = share(rules.quorum(), rule, cluster ? "voteQuorum" : "quorum", date, "rules.quorum", faults);
        session.threshold = share(rules.threshold(), rule, cluster ? "voteThreshold" : "threshold", date, "rules.threshold", faults);
        if (rules.base() != null) {
            session.base = rules.base();
        } else {
            Optional<RuleValue> base = ruleBook.valueOn(rule, cluster ? "voteBase" : "base", date);
            try {
                session.base = base.map(v -> VoteBase.valueOf(v.text().strip())).orElse(VoteBase.ALL_MEMBERS);
            } catch (IllegalArgumentException e) {
                session.base = VoteBase.ALL_MEMBERS;
            }
        }
        int candidates = Math.max(1, session.candidates.size());
        if (rules.seats() != null) {
            session.seats = rules.seats();
        } else if (cluster) {
            String flagsRule = CO_CP.equals(session.awardTypeId) ? "R-CO-CP" : "R-CO-NGANH";
            session.seats = ruleBook.valueOn(flagsRule, "flagsPerCluster", date).map(RuleValue::integer).orElse(1);
        } else {
            session.seats = candidates;
        }
        session.maxChoices = rules.maxChoices() != null ? rules.maxChoices() : (cluster ? session.seats : candidates);
        if (rules.selfVoteAllowed() != null) {
            session.selfVoteAllowed = rules.selfVoteAllowed();
        } else {
            session.selfVoteAllowed = !cluster || ruleBook.valueOn(rule, "selfVoteAllowed", date).map(RuleValue::flag).orElse(false);
        }
        session.abstainAllowed = rules.abstainAllowed() == null || rules.abstainAllowed();
        session.secret = rules.secret() == null || rules.secret();
        if (!session.candidates.isEmpty() && session.seats > session.candidates.size()) {
            faults.add(new FieldError("rules.seats", session.seats + " seats for " + session.candidates.size() + " candidates"));
        }
        if (session.maxChoices > session.candidates.size() && !session.candidates.isEmpty()) {
            faults.add(new FieldError("rules.maxChoices", "exceeds the " + session.candidates.size() + " candidates"));
        }
    }

    private String share(String given, String rule, String key, LocalDate date, String field, List<FieldError> faults) {
        String text = given;
        if (text == null) {
            Optional<RuleValue> value = ruleBook.valueOn(rule, key, date);
            if (value.isEmpty()) {
                faults.add(new FieldError(field, "no rule parameter " + rule + "/" + key + " is in force on " + date + "; give it explicitly"));
                return "1";
            }
            text = value.get().value();
        }
        try {
            Fraction f = Fraction.parse(text);
            if (f.numerator().compareTo(f.denominator()) > 0) {
                faults.add(new FieldError(field, "a share cannot exceed 1"));
            }
            return f.denominator().equals(java.math.BigInteger.ONE) ? f.numerator().toString()
                    : text.contains("/") ? f.numerator() + "/" + f.denominator() : text.strip();
        } catch (RuntimeException e) {
            faults.add(new FieldError(field, "must be a share such as 2/3 or 0.8"));
            return "1";
        }
    }

    // --- views -----------------------------------------------------------------------------------------

    SessionDetail detail(VotingSession session) {
        boolean runner = isRunner(session);
        Optional<String> voterKey = callerVoterKey(session);
        List<String> actions = new ArrayList<>();
        for (SessionAction a : SessionWorkflow.allowed(session.status, session.mode, newRoundPossible(session))) {
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
                session.talliedAt, session.publishedAt, actions, voterKey.orElse(null), voted, session.version);
    }

    private Map<UUID, String> clusterNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.id, c.name from Cluster c where c.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        return names;
    }

    static void requireNoFaults(List<FieldError> faults) {
        if (!faults.isEmpty()) {
            throw new ApiProblem(400, "/problems/validation", "Invalid request", faults.size() + " fault(s); see errors", faults, null, null);
        }
    }

    static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
