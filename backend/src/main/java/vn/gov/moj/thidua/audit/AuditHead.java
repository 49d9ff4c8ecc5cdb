package vn.gov.moj.thidua.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.moj.thidua.common.document.AuditAnchor;
import vn.gov.moj.thidua.common.document.PrintAnchor;

/** The head of the hash chain (the newest event's hash, set by the database) and the time it was read. */
@ApplicationScoped
public class AuditHead implements AuditAnchor {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public PrintAnchor current() {
        List<?> head = em.createNativeQuery("select hash from audit_event order by id desc limit 1").getResultList();
        String hash = head.isEmpty() || head.get(0) == null ? null : head.get(0).toString().strip();
        return new PrintAnchor(hash, Instant.now(clock));
    }
}
