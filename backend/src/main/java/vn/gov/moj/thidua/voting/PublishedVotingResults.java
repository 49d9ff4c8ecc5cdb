package vn.gov.moj.thidua.voting;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** {@link VotingResults} from the stored tally of published sessions. */
@ApplicationScoped
public class PublishedVotingResults implements VotingResults {

    @Inject
    VotingSessionRepository sessions;

    @Inject
    SessionViews views;

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
        java.util.List<String> present = s.electorate.stream().filter(v -> s.present.contains(v.key())).map(Voter::label).toList();
        java.util.List<String> absent = s.electorate.stream().filter(v -> !s.present.contains(v.key())).map(Voter::label).toList();
        return Optional.of(MinutesPdf.of(s, new MinutesPdf.Context("Bộ Tư pháp", views.clusterName(s), views.awardTypeName(s), present, absent)));
    }
}
