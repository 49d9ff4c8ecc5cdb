package vn.gov.moj.thidua.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.org.EmulationPeriod;

/**
 * Issuing a decision: its APPROVED dossiers become DECIDED and their ledger rows are written with the reward
 * (award type multiple × base amount in force on the decision date), all in one transaction.
 */
@ApplicationScoped
public class DecisionService {

    static final String ENTITY = "Decision";
    static final Map<String, String> SORTABLE = Map.of("decisionDate", "decisionDate", "number", "number", "createdAt", "createdAt");

    @Inject
    vn.gov.moj.thidua.common.security.SecondFactor secondFactor;

    @Inject
    DecisionRepository decisions;

    @Inject
    AwardRepository awards;

    @Inject
    AwardLedger ledger;

    @Inject
    DossierTransitions transitions;

    @Inject
    DossierViews dossierViews;

    @Inject
    Clock clock;

    @Inject
    vn.gov.moj.thidua.common.signature.SignedDocuments signedCopies;

    @Inject
    RuleBook rules;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser user;

    public Page<DecisionView> list(String status, PageParams paging) {
        Decision.Status s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = Decision.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("status", Text.of("field.unknown-value", status.strip(), "ISSUED, REVOKED"));
            }
        }
        Page<Decision> page = new ListQuery().where("status = :status", "status", s).page(decisions, paging, SORTABLE, "-decisionDate");
        Set<UUID> signedOnes = signedCopies.signedAmong(DecisionPapers.OBJECT, page.items().stream().map(d -> d.id).toList(),
                DecisionPapers.KIND);
        return page.map(d -> view(d, signedOnes.contains(d.id)));
    }

    public DecisionView get(UUID id) {
        return view(find(id));
    }

    Decision find(UUID id) {
        Decision d = decisions.findById(id);
        if (d == null) {
            throw ApiProblem.notFound("Decision", id);
        }
        return d;
    }

    @Transactional
    public DecisionView issue(DecisionRequest r) {
        secondFactor.require(user);
        String number = r.number().strip();
        if (decisions.count("number", number) > 0) {
            throw ApiProblem.conflict(Text.of("nomination.decision-number-taken", number));
        }
        List<Nomination> chosen = new ArrayList<>();
        List<FieldText> refused = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(r.nominationIds())) {
            Nomination n = em.find(Nomination.class, id);
            if (n == null) {
                refused.add(new FieldText("nominationIds", Text.of("common.no-such", Text.of("thing.Nomination"), id)));
            } else if (n.status != NominationStatus.APPROVED) {
                refused.add(new FieldText("nominationIds", Text.of("nomination.not-approved", id, Text.of("state." + n.status.name()))));
            } else {
                chosen.add(n);
            }
        }
        if (!refused.isEmpty()) {
            throw ApiProblem.of(409, "/problems/not-approved", "Only approved dossiers can be decided",
                    Text.of("nomination.cannot-decide", refused.size()),
                    refused, null, null);
        }
        BigDecimal base = BigDecimal.valueOf(rules.intOn("R-REWARD", "baseAmount", r.decisionDate()));
        Decision d = new Decision();
        d.number = number;
        d.decisionDate = r.decisionDate();
        d.signer = r.signer().strip();
        d.signerTitle = r.signerTitle().strip();
        d.baseAmount = base;
        d.createdBy = user.username();
        decisions.persistAndFlush(d);
        for (Nomination n : chosen) {
            AwardType type = em.find(AwardType.class, n.awardTypeId);
            EmulationPeriod period = em.find(EmulationPeriod.class, n.periodId);
            Award a = new Award();
            a.awardTypeId = type.id;
            a.personId = n.personId;
            a.unitId = n.nomineeUnitId;
            a.year = vn.gov.moj.thidua.org.PeriodYears.ledgerYear(period.endDate);
            a.decisionNumber = d.number;
            a.decisionDate = d.decisionDate;
            a.decidedBy = d.signerTitle;
            a.decisionId = d.id;
            a.nominationId = n.id;
            a.source = Award.Source.DECIDED;
            a.amount = type.rewardMultiple == null ? null : type.rewardMultiple.multiply(base).setScale(0, RoundingMode.HALF_UP);
            a.createdBy = user.username();
            awards.persist(a);
            n.decisionId = d.id;
            transitions.move(n, NominationAction.DECIDE, null, Map.of("decisionId", d.id.toString(), "number", d.number));
            notifier.notify(n.unitId, n.id, "DECIDED", Text.of("nomination.notice-decided", d.number, d.decisionDate, dossierViews.label(n)));
        }
        awards.flush();
        audit.transition(ENTITY, d.id, "issue", null, Decision.Status.ISSUED, null,
                Map.of("number", d.number, "awardees", chosen.size(), "baseAmount", base.toPlainString()));
        return view(d);
    }

    @Transactional
    public DecisionView revoke(UUID id, String grounds) {
        Decision d = find(id);
        if (d.status == Decision.Status.REVOKED) {
            throw ApiProblem.illegalTransition(ENTITY, d.status.name(), "revoke", List.of());
        }
        for (Award a : awards.list("decisionId = ?1 and revokedAt is null", d.id)) {
            ledger.revokeRow(a, grounds);
        }
        d.status = Decision.Status.REVOKED;
        d.revokedAt = Instant.now(clock);
        d.revocationGrounds = grounds.strip();
        decisions.flush();
        audit.transition(ENTITY, d.id, "revoke", Decision.Status.ISSUED, Decision.Status.REVOKED, d.revocationGrounds, null);
        return view(d);
    }

    DecisionView view(Decision d) {
        return view(d, signedCopies.isSigned(DecisionPapers.OBJECT, d.id, DecisionPapers.KIND));
    }

    private DecisionView view(Decision d, boolean signed) {
        List<AwardView> awardees = ledger.views(awards.list("decisionId = ?1 order by createdAt, id", d.id));
        BigDecimal total = awardees.stream().filter(a -> !a.revoked()).map(AwardView::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DecisionView(d.id, d.number, d.decisionDate, d.signer, d.signerTitle, d.status.name(), d.baseAmount, total, awardees,
                d.revokedAt, d.revocationGrounds, signed, d.version, d.createdAt, d.enteredBy, d.enteredBy == null ? null : d.createdAt);
    }
}
