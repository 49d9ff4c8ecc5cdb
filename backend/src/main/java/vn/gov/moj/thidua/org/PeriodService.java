package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.web.Versions;

/** Emulation periods never overlap, so every date belongs to at most one emulation year. */
@ApplicationScoped
public class PeriodService {

    static final Map<String, String> SORTABLE = Map.of("label", "label", "startDate", "startDate", "endDate", "endDate");

    @Inject
    AuditTrail audit;

    @Inject
    EmulationPeriodRepository periods;

    public Page<PeriodView> list(LocalDate containing, PageParams paging) {
        return new ListQuery()
                .where("startDate <= :day and endDate >= :day", "day", containing)
                .page(periods, paging, SORTABLE, "-startDate")
                .map(PeriodView::of);
    }

    public PeriodView get(UUID id) {
        return PeriodView.of(find(id));
    }

    @Transactional
    public PeriodView create(PeriodRequest request) {
        EmulationPeriod period = new EmulationPeriod();
        apply(period, request);
        periods.persistAndFlush(period);
        audit.record("Period", period.id, "create", request);
        return PeriodView.of(period);
    }

    @Transactional
    public PeriodView update(UUID id, String ifMatch, PeriodRequest request) {
        EmulationPeriod period = find(id);
        Versions.requireMatch(ifMatch, period.version);
        apply(period, request);
        periods.flush();
        audit.record("Period", period.id, "update", request);
        return PeriodView.of(period);
    }

    EmulationPeriod find(UUID id) {
        EmulationPeriod period = periods.findById(id);
        if (period == null) {
            throw ApiProblem.notFound("Period", id);
        }
        return period;
    }

    private void apply(EmulationPeriod period, PeriodRequest request) {
        LocalDate start = request.startDate();
        LocalDate end = request.endDate();
        String label = request.label().strip();
        if (start == null && end == null) {
            if (!label.matches("\\d{4}")) {
                throw ApiProblem.invalidField("startDate", Text.of("org.period-dates-needed"));
            }
            int year = Integer.parseInt(label);
            start = LocalDate.of(year, 1, 1);
            end = LocalDate.of(year, 12, 31);
        } else if (start == null || end == null) {
            throw ApiProblem.invalidField(start == null ? "startDate" : "endDate", Text.of("org.period-both-dates"));
        }
        if (!end.isAfter(start)) {
            throw ApiProblem.invalidField("endDate", Text.of("org.period-end-after-start", end, start));
        }
        if (start.plusMonths(18).isBefore(end)) {
            throw ApiProblem.invalidField("endDate", Text.of("org.period-too-long"));
        }
        for (EmulationPeriod other : periods.listAll()) {
            if (!other.id.equals(period.id) && other.overlaps(start, end)) {
                throw ApiProblem.conflict(Text.of("org.period-overlaps", other.label, other.startDate, other.endDate));
            }
            if (!other.id.equals(period.id) && other.label.equalsIgnoreCase(label)) {
                throw ApiProblem.conflict(Text.of("org.period-label-taken", label));
            }
        }
        period.label = label;
        period.startDate = start;
        period.endDate = end;
    }
}
