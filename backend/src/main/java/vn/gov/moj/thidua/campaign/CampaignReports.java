package vn.gov.moj.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * The target units' interim and final reports, and the participation view that shows which units registered,
 * reported, or are overdue on today's date.
 */
@ApplicationScoped
public class CampaignReports {

    @Inject
    CampaignAccess access;

    @Inject
    CampaignReportRepository reports;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public ReportView submitReport(UUID id, ReportRequest request) {
        Campaign campaign = access.findVisible(id);
        UUID unit = user.requireUnit();
        if (!campaign.targetUnitIds.contains(unit)) {
            throw ApiProblem.forbidden(Text.of("campaign.not-a-target"));
        }
        ReportStage collecting = CampaignWorkflow.collectsReports(campaign.status);
        if (collecting != request.stage()) {
            throw ApiProblem.conflict(collecting == null
                    ? Text.of("campaign.collects-no-reports", Text.of("state." + campaign.status.name()), request.stage())
                    : Text.of("campaign.collects-other-reports", Text.of("state." + campaign.status.name()), collecting, request.stage()));
        }
        if (reports.count("campaignId = ?1 and unitId = ?2 and stage = ?3", campaign.id, unit, request.stage()) > 0) {
            throw ApiProblem.conflict(Text.of("campaign.report-sent", request.stage()));
        }
        CampaignReport report = new CampaignReport();
        report.campaignId = campaign.id;
        report.unitId = unit;
        report.stage = request.stage();
        report.summary = request.summary().strip();
        report.submittedBy = user.username();
        reports.persistAndFlush(report);
        audit.record("Campaign", campaign.id, "report-" + request.stage().name().toLowerCase(), Map.of("unitId", unit.toString()));
        return reportView(report, directory.namesOf(List.of(unit)));
    }

    public List<ReportView> reports(UUID id) {
        Campaign campaign = access.findVisible(id);
        List<CampaignReport> found = user.readsAllUnits()
                ? reports.list("campaignId = ?1 order by stage, submittedAt", campaign.id)
                : reports.list("campaignId = ?1 and unitId = ?2 order by stage, submittedAt", campaign.id, user.unitId().orElse(null));
        Map<UUID, String> names = directory.namesOf(found.stream().map(r -> r.unitId).toList());
        return found.stream().map(r -> reportView(r, names)).toList();
    }

    public ParticipationView participation(UUID id) {
        Campaign campaign = access.findVisible(id);
        if (!user.readsAllUnits()) {
            throw ApiProblem.forbidden(Text.of("campaign.participation-readers"));
        }
        Map<UUID, long[]> registrations = new HashMap<>();
        em.createQuery("select r.unitId, r.status, count(r) from Registration r where r.campaignId = :id and r.status <> :draft "
                + "group by r.unitId, r.status", Object[].class)
                .setParameter("id", campaign.id).setParameter("draft", RegistrationStatus.DRAFT)
                .getResultList()
                .forEach(row -> {
                    long[] counts = registrations.computeIfAbsent((UUID) row[0], k -> new long[2]);
                    counts[0] += (Long) row[2];
                    if (row[1] == RegistrationStatus.APPROVED) {
                        counts[1] += (Long) row[2];
                    }
                });
        Set<String> reported = new HashSet<>();
        reports.list("campaignId", campaign.id).forEach(r -> reported.add(r.unitId + "/" + r.stage));
        Map<UUID, String> names = directory.namesOf(campaign.targetUnitIds);
        LocalDate today = LocalDate.now(clock);
        List<ParticipationView.UnitParticipation> rows = new ArrayList<>();
        for (UUID unit : campaign.targetUnitIds) {
            long[] counts = registrations.getOrDefault(unit, new long[2]);
            boolean interim = reported.contains(unit + "/" + ReportStage.INTERIM);
            boolean fin = reported.contains(unit + "/" + ReportStage.FINAL);
            List<String> reasons = ParticipationPolicy.overdueReasons(today, campaign.status, campaign.registrationCloses(),
                    campaign.interimReportDue, campaign.finalReportDue, counts[0], interim, fin);
            rows.add(new ParticipationView.UnitParticipation(unit, names.get(unit), counts[0], counts[1], interim, fin,
                    !reasons.isEmpty(), reasons));
        }
        rows.sort(Comparator.comparing((ParticipationView.UnitParticipation r) -> !r.overdue())
                .thenComparing(r -> r.unitName() == null ? "" : r.unitName()));
        return new ParticipationView(campaign.id, campaign.status, today, rows.size(),
                (int) rows.stream().filter(r -> r.registrations() > 0).count(),
                (int) rows.stream().filter(ParticipationView.UnitParticipation::interimReported).count(),
                (int) rows.stream().filter(ParticipationView.UnitParticipation::finalReported).count(),
                (int) rows.stream().filter(ParticipationView.UnitParticipation::overdue).count(),
                rows);
    }

    private static ReportView reportView(CampaignReport r, Map<UUID, String> names) {
        return new ReportView(r.id, r.campaignId, r.unitId, names.get(r.unitId), r.stage, r.summary, r.submittedBy, r.submittedAt);
    }
}
