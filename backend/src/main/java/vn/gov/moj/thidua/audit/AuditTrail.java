package vn.gov.moj.thidua.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.common.security.CurrentUser;

/** Records state changes in the caller's transaction (a rollback drops the record with the change). */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** A state transition, e.g. a campaign DRAFT → LAUNCHED, with an optional reason and detail object. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent transition(String entityType, UUID entityId, String action, Enum<?> from, Enum<?> to,
            String reason, Object detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.actor = user.username();
        event.actorName = user.displayName();
        event.actorRoles = String.join(",", user.roles());
        event.actorUnit = user.unitId().orElse(null);
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.fromState = from == null ? null : from.name();
        event.toState = to == null ? null : to.name();
        event.reason = reason;
        event.detail = toJson(detail);
        em.persist(event);
        return event;
    }

    /** A change that is not a state transition (created, edited, imported …). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String entityType, UUID entityId, String action, Object detail) {
        return transition(entityType, entityId, action, null, null, null, detail);
    }

    /** The history of one object, oldest first. */
    public List<AuditEvent> historyOf(String entityType, UUID entityId) {
        return em.createQuery("from AuditEvent where entityType = :type and entityId = :id order by id", AuditEvent.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    private String toJson(Object detail) {
        if (detail == null) {
            return null;
        }
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail is not serialisable", e);
        }
    }
}
