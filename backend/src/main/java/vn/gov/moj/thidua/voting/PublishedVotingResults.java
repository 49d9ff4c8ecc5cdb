package vn.gov.moj.thidua.voting;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.common.document.AuditAnchor;

/** {@link VotingResults} from the stored tally of published sessions. */
@ApplicationScoped
public class PublishedVotingResults implements VotingResults {

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionViews views;

    @Inject
    AuditAnchor anchors;

    @Override
    @Transactional
    public Optional<PublishedOutcome> publishedOutcome(UUID sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        VotingSession s = sessions.findById(sessionId);
        if (s == null || s.status != SessionStatus.PUBLISHED || s.result == null) {
            return Optional.empty();
        }
        return Optional.of(new PublishedOutcome(s.id, s.purpose.name(), s.clusterId, s.periodId, s.awardTypeId, s.round, s.publishedAt,
                s.result.candidates().stream().map(c -> new PublishedOutcome.CandidateOutcome(c.kind().name(), c.ref(), c.label(), c.yes(),
                        c.no(), c.abstain(), c.passed(), c.elected())).toList()));
    }

    @Override
    @Transactional
    public Optional<byte[]> publishedMinutesPdf(UUID sessionId) {
        VotingSession s = sessionId == null ? null : sessions.findById(sessionId);
        if (s == null || s.status != SessionStatus.PUBLISHED || s.result == null) {
            return Optional.empty();
        }
        return Optional.of(MinutesPdf.of(s, MinutesPapers.context(s, views), anchors.current()));
    }
}
