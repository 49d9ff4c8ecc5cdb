package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.voting.PublishedOutcome;

/**
 * Reads a published council review for one dossier: the dossier is a candidate of kind NOMINATION; passed →
 * APPROVED, otherwise REJECTED. Pure, so the decision logic is tested without a voting implementation.
 */
public final class CouncilOutcome {

    public static final String COUNCIL_REVIEW = "COUNCIL_REVIEW";

    private CouncilOutcome() {
    }

    /** @throws ApiProblem 409 when the session is not a council review or does not list this dossier */
    public static NominationStatus verdict(PublishedOutcome outcome, UUID nominationId) {
        if (!COUNCIL_REVIEW.equals(outcome.purpose())) {
            throw ApiProblem.conflict(Text.of("nomination.not-council-review", outcome.sessionId()));
        }
        PublishedOutcome.CandidateOutcome candidate = outcome.candidates().stream()
                .filter(c -> "NOMINATION".equals(c.candidateKind()) && nominationId.equals(c.candidateRef()))
                .findFirst()
                .orElseThrow(() -> ApiProblem.conflict(Text.of("nomination.not-a-candidate", nominationId, outcome.sessionId())));
        return candidate.passed() ? NominationStatus.APPROVED : NominationStatus.REJECTED;
    }

    /** One line for the dossier and the audit: the votes behind the verdict. */
    public static String summary(PublishedOutcome outcome, UUID nominationId) {
        return outcome.candidate(nominationId)
                .map(c -> "Phiên " + outcome.sessionId() + " vòng " + outcome.round() + ": đồng ý " + c.yesVotes() + ", không đồng ý "
                        + c.noVotes() + ", không biểu quyết " + c.abstentions() + (c.passed() ? " — đạt" : " — không đạt"))
                .orElse("Phiên " + outcome.sessionId());
    }
}
