package vn.gov.moj.thidua.voting;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.AwardTypeRepository;
import vn.gov.moj.thidua.catalog.Fraction;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * Setting up a draft session: its candidates, electorate and rules, the rules defaulting from the rule parameters in
 * force on the session's date. Everything set here freezes when the session opens.
 */
@ApplicationScoped
public class SessionSetup {

    static final UUID CO_CP = UUID.fromString("00000000-0000-4000-8000-000000100008");

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionAccess access;

    @Inject
    SessionViews views;

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
    ServerGuardian serverGuardian;

    @Transactional
    public SessionDetail create(SessionRequest request) {
        VotingSession session = new VotingSession();
        session.status = SessionStatus.DRAFT;
        session.round = 1;
        session.createdBy = user.username();
        apply(session, request);
        access.requireRunner(session);
        sessions.persistAndFlush(session);
        audit.transition(SessionAccess.ENTITY, session.id, "create", null, SessionStatus.DRAFT, null,
                Map.of("purpose", session.purpose, "rules", session.rules(), "candidates", session.candidates.size()));
        return views.detail(session);
    }

    @Transactional
    public SessionDetail update(UUID id, String ifMatch, SessionRequest request) {
        VotingSession session = access.findVisible(id);
        access.requireRunner(session);
        Versions.requireMatch(ifMatch, session.version);
        access.requireAllowed(session, SessionAction.EDIT);
        if (request.purpose() != session.purpose) {
            throw ApiProblem.invalidField("purpose", Text.of("voting.purpose-fixed"));
        }
        apply(session, request);
        access.requireRunner(session);
        sessions.flush();
        audit.record(SessionAccess.ENTITY, session.id, "edit", Map.of("rules", session.rules(), "candidates", session.candidates.size(),
                "electorate", session.electorate.size()));
        return views.detail(session);
    }

    private void apply(VotingSession session, SessionRequest request) {
        List<FieldText> faults = new ArrayList<>();
        session.purpose = request.purpose();
        session.title = request.title().strip();
        session.sessionDate = request.sessionDate();
        session.place = request.place() == null || request.place().isBlank() ? null : request.place().strip();
        session.mode = request.mode() == null ? BallotMode.ELECTRONIC : request.mode();
        session.awardTypeId = request.awardTypeId();
        if (request.awardTypeId() != null && awardTypes.findById(request.awardTypeId()) == null) {
            faults.add(new FieldText("awardTypeId", Text.of("common.no-such", Text.of("thing.Award-type"), request.awardTypeId())));
        }
        Cluster cluster = null;
        if (request.purpose() == VotingPurpose.CLUSTER_ELECTION) {
            if (request.clusterId() == null) {
                faults.add(new FieldText("clusterId", Text.of("voting.cluster-needed")));
            } else {
                cluster = clusters.findById(request.clusterId());
                if (cluster == null) {
                    faults.add(new FieldText("clusterId", Text.of("common.no-such", Text.of("thing.Cluster"), request.clusterId())));
                }
            }
            if (request.electorate() != null && !request.electorate().isEmpty()) {
                faults.add(new FieldText("electorate", Text.of("voting.cluster-electorate")));
            }
        } else {
            if (request.clusterId() != null) {
                faults.add(new FieldText("clusterId", Text.of("voting.council-no-cluster")));
            }
            if (request.electorate() == null || request.electorate().isEmpty()) {
                faults.add(new FieldText("electorate", Text.of("voting.council-electorate")));
            }
        }
        InvalidRequest.requireNone(faults);
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
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < request.electorate().size(); i++) {
                Voter v = request.electorate().get(i);
                if (!keys.add(v.key().strip())) {
                    faults.add(new FieldText("electorate[" + i + "].key", Text.of("voting.listed-twice", v.key())));
                }
            }
            session.electorate = new ArrayList<>(request.electorate().stream().map(v -> new Voter(v.key().strip(), v.label().strip(), v.unitId(), v.personId())).toList());
        }
        if (request.candidates() != null && !request.candidates().isEmpty()) {
            Set<UUID> refs = new HashSet<>();
            for (int i = 0; i < request.candidates().size(); i++) {
                Candidate c = request.candidates().get(i);
                if (!refs.add(c.ref())) {
                    faults.add(new FieldText("candidates[" + i + "].ref", Text.of("voting.candidate-twice")));
                }
                if (cluster != null && c.kind() == CandidateKind.UNIT && !cluster.hasMember(c.ref())) {
                    faults.add(new FieldText("candidates[" + i + "].ref", Text.of("campaign.not-a-cluster-member", c.ref(), cluster.name)));
                }
            }
            session.candidates = new ArrayList<>(request.candidates().stream().map(c -> new Candidate(c.kind(), c.ref(), c.label().strip())).toList());
        } else if (cluster == null) {
            session.candidates = new ArrayList<>();
        }
        applyRules(session, request.rules() == null ? new RulesInput(null, null, null, null, null, null, null, null) : request.rules(), faults);
        applyEncryption(session, request.encrypted(), faults);
        InvalidRequest.requireNone(faults);
    }

    /** Encrypted ballots: electronic secret sessions only, and only when the server's secret is configured. */
    private void applyEncryption(VotingSession session, Boolean encrypted, List<FieldText> faults) {
        session.encrypted = Boolean.TRUE.equals(encrypted);
        if (session.encrypted && (session.mode != BallotMode.ELECTRONIC || !session.secret)) {
            faults.add(new FieldText("encrypted", Text.of("voting.encrypted.only-electronic-secret")));
        }
        if (session.encrypted && !serverGuardian.configured()) {
            faults.add(new FieldText("encrypted", Text.of("voting.encrypted.no-server-secret")));
        }
    }

    private void applyRules(VotingSession session, RulesInput rules, List<FieldText> faults) {
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
            // the cluster's own quota when the secretariat set one (issue 19), else the dated parameter
            session.seats = ruleBook.valueFor(flagsRule, "flagsPerCluster", date, session.clusterId).map(RuleValue::integer).orElse(1);
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
            faults.add(new FieldText("rules.seats", Text.of("voting.seats-exceed-candidates", session.seats, session.candidates.size())));
        }
        if (session.maxChoices > session.candidates.size() && !session.candidates.isEmpty()) {
            faults.add(new FieldText("rules.maxChoices", Text.of("voting.choices-exceed-candidates", session.candidates.size())));
        }
    }

    private String share(String given, String rule, String key, LocalDate date, String field, List<FieldText> faults) {
        String text = given;
        if (text == null) {
            Optional<RuleValue> value = ruleBook.valueOn(rule, key, date);
            if (value.isEmpty()) {
                faults.add(new FieldText(field, Text.of("voting.no-rule-parameter", rule + "/" + key, date)));
                return "1";
            }
            text = value.get().value();
        }
        try {
            Fraction f = Fraction.parse(text);
            if (f.numerator().compareTo(f.denominator()) > 0) {
                faults.add(new FieldText(field, Text.of("voting.share-above-one")));
            }
            return f.denominator().equals(BigInteger.ONE) ? f.numerator().toString()
                    : text.contains("/") ? f.numerator() + "/" + f.denominator() : text.strip();
        } catch (RuntimeException e) {
            faults.add(new FieldText(field, Text.of("voting.not-a-share")));
            return "1";
        }
    }
}
