package vn.gov.moj.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.catalog.Fraction;
import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.voting.PublishedOutcome;
import vn.gov.moj.thidua.voting.VotingResults;

/**
 * The council's step: its outcome, from an electronic review session (voting capability) or from the minutes of a
 * paper vote, moves the dossier to COUNCIL_VOTED and on to APPROVED or REJECTED, and the unit is notified.
 */
@ApplicationScoped
public class CouncilReview {

    @Inject
    DossierVisibility visibility;

    @Inject
    DossierTransitions transitions;

    @Inject
    DossierViews views;

    @Inject
    RuleBook rules;

    @Inject
    Notifier notifier;

    @Inject
    Instance<VotingResults> voting;

    @Inject
    Clock clock;

    /** The council's electronic vote, read from its published outcome (voting capability). */
    @Transactional
    public NominationView councilVote(UUID id, UUID sessionId) {
        Nomination n = visibility.findVisible(id);
        transitions.require(n, NominationAction.COUNCIL_VOTE);
        if (!voting.isResolvable()) {
            throw ApiProblem.conflict(Text.of("nomination.voting-unavailable", sessionId));
        }
        PublishedOutcome outcome = voting.get().publishedOutcome(sessionId)
                .orElseThrow(() -> ApiProblem.conflict(Text.of("nomination.session-not-published", sessionId)));
        NominationStatus verdict = CouncilOutcome.verdict(outcome, n.id);
        n.councilSessionId = sessionId;
        return councilDecides(n, NominationAction.COUNCIL_VOTE, verdict, CouncilOutcome.summary(outcome, n.id));
    }

    /** A council vote held on paper, entered from the minutes; the threshold in force decides (R-COUNCIL-VOTE). */
    @Transactional
    public NominationView councilResult(UUID id, NominationActions.CouncilResultRequest r) {
        Nomination n = visibility.findVisible(id);
        transitions.require(n, NominationAction.COUNCIL_RESULT);
        if (r.yes() + r.no() > r.members()) {
            throw ApiProblem.invalidField("yes", Text.of("nomination.votes-exceed-members", r.yes() + r.no(), r.members()));
        }
        Fraction threshold = rules.fractionOn("R-COUNCIL-VOTE", "threshold", LocalDate.now(clock));
        boolean passed = threshold.isMetBy(r.yes(), r.members());
        String summary = "Hội đồng " + r.members() + " thành viên: đồng ý " + r.yes() + ", không đồng ý " + r.no() + " — "
                + (passed ? "đạt " : "không đạt ") + threshold.numerator() + "/" + threshold.denominator() + " (" + r.minutes().strip() + ")";
        return councilDecides(n, NominationAction.COUNCIL_RESULT, passed ? NominationStatus.APPROVED : NominationStatus.REJECTED, summary);
    }

    /** Two recorded steps: the council voted, then its verdict applies. */
    private NominationView councilDecides(Nomination n, NominationAction action, NominationStatus verdict, String summary) {
        n.councilSummary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        transitions.move(n, action, summary, null);
        boolean approved = verdict == NominationStatus.APPROVED;
        transitions.move(n, approved ? NominationAction.APPROVE : NominationAction.REJECT, summary, null);
        notifier.notify(n.unitId, n.id, verdict.name(),
                Text.of(approved ? "nomination.notice-approved" : "nomination.notice-rejected", views.label(n), summary));
        return views.view(n);
    }
}
