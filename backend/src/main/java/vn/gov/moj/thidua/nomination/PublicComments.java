package vn.gov.moj.thidua.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;

/**
 * Public comment on a state-level dossier before the council: the secretariat opens it until a closing date;
 * everyone signed in may read the dossier; the sector's people (secretariat, council members, cluster leads, unit
 * heads and officers — not viewers, the integration account or administrators; roles checked by the resource) may
 * comment until then (that date included, Vietnamese time), never before the dossier is published or after it moves on.
 */
@ApplicationScoped
public class PublicComments {

    @Inject
    EntityManager em;

    @Inject
    DossierVisibility visibility;

    @Inject
    DossierTransitions transitions;

    @Inject
    DossierViews views;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    vn.gov.moj.thidua.catalog.RuleBook rules;

    @Inject
    vn.gov.moj.thidua.catalog.HolidayCalendar calendar;

    @Transactional
    public NominationView open(UUID id, LocalDate closingDate) {
        Nomination n = visibility.findVisible(id);
        transitions.require(n, NominationAction.OPEN_PUBLIC_COMMENT);
        if (closingDate == null) {
            LocalDate today = LocalDate.now(clock);
            closingDate = DeadlinePolicy.commentClosing(today, rules.intOn(DeadlinePolicy.COMMENT_RULE, DeadlinePolicy.KEY, today),
                    calendar.workingDays());
        }
        if (closingDate.isBefore(LocalDate.now(clock))) {
            throw ApiProblem.invalidField("closingDate", Text.of("nomination.closing-date-past", LocalDate.now(clock)));
        }
        n.commentClosingDate = closingDate;
        transitions.move(n, NominationAction.OPEN_PUBLIC_COMMENT, null, Map.of("closingDate", closingDate.toString()));
        return views.view(n);
    }

    @Transactional
    public NominationActions.CommentView comment(UUID id, String text) {
        Nomination n = visibility.findVisible(id);
        if (n.status != NominationStatus.PUBLIC_COMMENT) {
            throw ApiProblem.conflict(Text.of("nomination.not-open-for-comment", Text.of("state." + n.status.name())));
        }
        if (n.commentClosingDate != null && LocalDate.now(clock).isAfter(n.commentClosingDate)) {
            throw ApiProblem.conflict(Text.of("nomination.comments-closed", n.commentClosingDate));
        }
        NominationComment c = new NominationComment();
        c.nominationId = n.id;
        c.author = user.username();
        c.text = text.strip();
        em.persist(c);
        em.flush();
        audit.record(DossierTransitions.ENTITY, n.id, "comment", Map.of("commentId", c.id.toString()));
        return NominationActions.CommentView.of(c);
    }

    public List<NominationActions.CommentView> comments(UUID id) {
        Nomination n = visibility.findVisible(id);
        return em.createQuery("from NominationComment where nominationId = :n order by createdAt, id", NominationComment.class)
                .setParameter("n", n.id).getResultList().stream().map(NominationActions.CommentView::of).toList();
    }
}
