package vn.gov.moj.thidua.audit;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;

/** Reading the audit trail and checking that nobody altered it. */
@ApplicationScoped
public class AuditService {

    static final Map<String, String> SORTABLE = Map.of("id", "id", "occurredAt", "occurredAt", "actor", "actor",
            "entityType", "entityType", "action", "action");

    @Inject
    AuditEventRepository events;

    @Inject
    EntityManager em;

    public Page<AuditEventView> list(String entityType, UUID entityId, String actor, String action, Instant from, Instant to,
            PageParams paging) {
        return new ListQuery()
                .where("entityType = :entityType", "entityType", entityType)
                .where("entityId = :entityId", "entityId", entityId)
                .where("actor = :actor", "actor", actor)
                .where("action = :action", "action", action)
                .where("occurredAt >= :from", "from", from)
                .where("occurredAt < :to", "to", to)
                .page(events, paging, SORTABLE, "-id")
                .map(AuditEventView::of);
    }

    /** Recomputes every event's digest in the database (the same function that wrote it) and walks the links. */
    @Transactional
    public ChainVerification verify() {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery("""
                SELECT e.id, e.hash, e.prev_hash, lag(e.hash) OVER (ORDER BY e.id), audit_event_digest(e.prev_hash, e)
                FROM audit_event e ORDER BY e.id""")
                .setHint("org.hibernate.fetchSize", 1000)
                .getResultStream();
        long checked = 0;
        String head = null;
        try (rows) {
            for (Iterator<Object[]> it = rows.iterator(); it.hasNext();) {
                Object[] row = it.next();
                long id = ((Number) row[0]).longValue();
                String hash = trim(row[1]);
                String prevHash = trim(row[2]);
                String previousRowHash = trim(row[3]);
                String recomputed = trim(row[4]);
                checked++;
                if (!Objects.equals(prevHash, previousRowHash)) {
                    return new ChainVerification(false, checked, null, id,
                            "link to the previous event is broken (an event was removed, inserted or altered)");
                }
                if (!Objects.equals(hash, recomputed)) {
                    return new ChainVerification(false, checked, null, id, "hash does not match the event's content");
                }
                head = hash;
            }
        }
        return new ChainVerification(true, checked, head, null, null);
    }

    private static String trim(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
