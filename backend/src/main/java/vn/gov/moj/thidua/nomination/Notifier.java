package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Leaves a notice for a unit in the caller's transaction (a rollback drops it with the change). */
@ApplicationScoped
public class Notifier {

    @Inject
    NotificationRepository notifications;

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(UUID unitId, UUID nominationId, String kind, String message) {
        Notification n = new Notification();
        n.unitId = unitId;
        n.nominationId = nominationId;
        n.kind = kind;
        n.message = message.length() > 1000 ? message.substring(0, 1000) : message;
        notifications.persist(n);
    }
}
