package vn.gov.moj.thidua.nomination;

import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Text;

/** Leaves a notice for a unit in the caller's transaction (a rollback drops it with the change). */
@ApplicationScoped
public class Notifier {

    @Inject
    NotificationRepository notifications;

    @Inject
    ObjectMapper json;

    /**
     * A notice whose text is a catalogue message (i18n/problems*.properties): it is read in the reader's language
     * ({@link NotificationText}); the Vietnamese text is kept too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(UUID unitId, UUID nominationId, String kind, Text message) {
        Notification n = new Notification();
        n.unitId = unitId;
        n.nominationId = nominationId;
        n.kind = kind;
        n.message = NotificationText.clip(ProblemTexts.render(message, ProblemTexts.VIETNAMESE));
        n.messageKey = message.key();
        try {
            n.messageArgs = json.writeValueAsString(Arrays.stream(message.args()).map(String::valueOf).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notice values are not serialisable", e);
        }
        notifications.persist(n);
    }
}
