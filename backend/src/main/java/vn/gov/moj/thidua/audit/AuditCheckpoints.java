package vn.gov.moj.thidua.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.CheckpointCheck.Status;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Text;

/** Issuing signed checkpoints of the chain's head, and checking the chain against the ones kept outside. */
@ApplicationScoped
public class AuditCheckpoints {

    @Inject
    EntityManager em;

    @Inject
    CheckpointSigner signer;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** The newest event, its hash and the number of events, read in one snapshot, then signed. */
    @Transactional
    public AuditCheckpoint issue() {
        Object[] head = (Object[]) em.createNativeQuery("""
                SELECT e.id, e.hash, (SELECT count(*) FROM audit_event c WHERE c.id <= e.id)
                FROM (SELECT NULL) AS nothing LEFT JOIN LATERAL
                     (SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1) e ON true""").getSingleResult();
        Long lastEventId = head[0] == null ? null : ((Number) head[0]).longValue();
        String headHash = head[1] == null ? null : head[1].toString().strip();
        long count = head[2] == null ? 0 : ((Number) head[2]).longValue();
        Instant createdAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String text = AuditCheckpoint.signedText(lastEventId, headHash, count, createdAt);
        return new AuditCheckpoint(AuditCheckpoint.FORMAT, lastEventId, headHash, count, createdAt, signer.keyId(),
                signer.publicKey(), signer.sign(text));
    }

    /** The chain check of {@link AuditService#verify()} plus, for every checkpoint, whether its event still agrees. */
    @Transactional
    public ChainVerification verify(List<AuditCheckpoint> checkpoints, Locale language) {
        for (int i = 0; i < checkpoints.size(); i++) {
            AuditCheckpoint checkpoint = checkpoints.get(i);
            if (!AuditCheckpoint.FORMAT.equals(checkpoint.format()) || !signer.keyId().equals(checkpoint.keyId())
                    || !signer.verify(checkpoint.signedText(), checkpoint.signature())) {
                throw ApiProblem.of(422, "/problems/checkpoint-refused", "Audit checkpoint refused",
                        Text.of("audit.checkpoint.forged", i + 1, String.valueOf(checkpoint.createdAt())));
            }
        }
        ChainVerification chain = audit.verify();
        List<CheckpointCheck> checks = new ArrayList<>();
        for (AuditCheckpoint checkpoint : checkpoints) {
            checks.add(check(checkpoint, language));
        }
        return chain.withCheckpoints(checks);
    }

    private CheckpointCheck check(AuditCheckpoint checkpoint, Locale language) {
        long id = checkpoint.lastEventId() == null ? 0 : checkpoint.lastEventId();
        Object[] now = (Object[]) em.createNativeQuery("""
                SELECT (SELECT hash FROM audit_event WHERE id = :id), (SELECT count(*) FROM audit_event WHERE id <= :id)""")
                .setParameter("id", id).getSingleResult();
        String hash = now[0] == null ? null : now[0].toString().strip();
        long count = ((Number) now[1]).longValue();
        Status status;
        if (count < checkpoint.count()) {
            status = Status.TRUNCATED;
        } else if (count > checkpoint.count() || !Objects.equals(hash, checkpoint.headHash())) {
            status = Status.REWRITTEN;
        } else {
            status = Status.INTACT;
        }
        String description = ProblemTexts.render(Text.of("audit.checkpoint." + status.name().toLowerCase(Locale.ROOT),
                checkpoint.lastEventId() == null ? "—" : String.valueOf(checkpoint.lastEventId()),
                String.valueOf(checkpoint.createdAt()), checkpoint.count(), count), language);
        return new CheckpointCheck(checkpoint.lastEventId(), checkpoint.createdAt(), status, description);
    }
}
