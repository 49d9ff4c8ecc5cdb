package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** Keeping the holiday calendar: a year's days, adding a day, removing one (secretariat; every change audited). */
@ApplicationScoped
public class HolidayService {

    static final String ENTITY = "Holiday";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    /** The year's days of the calendar, in date order. */
    public List<HolidayView> ofYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ApiProblem.invalidField("year", Text.of("holiday.year-out-of-range", year));
        }
        return em.createQuery("from Holiday where day between :from and :to order by day", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(HolidayView::of).toList();
    }

    @Transactional
    public HolidayView add(HolidayRequest r) {
        boolean weekend = r.day().getDayOfWeek().getValue() >= 6;
        if (r.kind() == HolidayKind.MAKE_UP_WORKDAY && !weekend) {
            throw ApiProblem.invalidField("kind", Text.of("holiday.make-up-not-weekend", r.day()));
        }
        if ((r.kind() == HolidayKind.COMPENSATING || r.kind() == HolidayKind.SWAPPED_OFF) && weekend) {
            throw ApiProblem.invalidField("kind", Text.of("holiday.off-on-weekend", r.day()));
        }
        boolean taken = !em.createQuery("select h.id from Holiday h where h.day = :d", UUID.class).setParameter("d", r.day())
                .getResultList().isEmpty();
        if (taken) {
            throw ApiProblem.conflict(Text.of("holiday.day-taken", r.day()));
        }
        Holiday h = new Holiday();
        h.day = r.day();
        h.kind = r.kind();
        h.name = r.name().strip();
        h.source = r.source().strip();
        h.verified = Boolean.TRUE.equals(r.verified());
        h.createdBy = user.username();
        em.persist(h);
        em.flush();
        audit.record(ENTITY, h.id, "add", detail(h));
        return HolidayView.of(h);
    }

    @Transactional
    public void remove(UUID id) {
        Holiday h = em.find(Holiday.class, id);
        if (h == null) {
            throw ApiProblem.notFound(ENTITY, id);
        }
        audit.record(ENTITY, h.id, "remove", detail(h));
        em.remove(h);
    }

    private static Map<String, Object> detail(Holiday h) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("day", h.day.toString());
        d.put("kind", h.kind.name());
        d.put("name", h.name);
        d.put("source", h.source);
        d.put("verified", h.verified);
        return d;
    }
}
