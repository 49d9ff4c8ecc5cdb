package vn.gov.moj.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.campaign.CampaignReads;
import vn.gov.moj.thidua.campaign.CampaignStatus;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.nomination.AwardReads;
import vn.gov.moj.thidua.org.OrgReads;
import vn.gov.moj.thidua.org.UnitKind;
import vn.gov.moj.thidua.scoring.ScoringReads;

/** The reports: each capability counts its own records through its read interface; the shaping is done here. */
@ApplicationScoped
public class ReportService {

    /** Roles that read every report sector-wide. */
    static final List<String> SECTOR_READERS = List.of(Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER);

    @Inject
    AwardReads awardReads;

    @Inject
    CampaignReads campaignReads;

    @Inject
    ScoringReads scoringReads;

    @Inject
    OrgReads orgReads;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    // --- awards and their reach ----------------------------------------------------------------------

    public AwardsReport awards(Integer yearFrom, Integer yearTo, UUID awardTypeId, UnitKind unitKind, ReachLevel level) {
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw ApiProblem.invalidField("yearFrom", Text.of("report.year-from-after-to", String.valueOf(yearTo)));
        }
        List<AwardReads.Tally> rows = awardReads.tally(yearFrom, yearTo, awardTypeId, unitKind);

        long total = 0;
        long individual = 0;
        long leaders = 0;
        long communeFrontline = 0;
        Map<ReachLevel, long[]> byLevel = new EnumMap<>(ReachLevel.class);
        Map<String, Object[]> byType = new TreeMap<>();
        Map<Integer, long[]> byYear = new TreeMap<>(Comparator.reverseOrder());
        Map<UnitKind, long[]> byKind = new EnumMap<>(UnitKind.class);
        for (AwardReads.Tally r : rows) {
            UnitKind kind = r.unitKind();
            ReachLevel reach = ReachLevel.of(kind);
            if (level != null && reach != level) {
                continue;
            }
            int year = r.year();
            boolean person = r.individual();
            boolean leader = person && r.leader();
            boolean frontline = person && !leader;
            long n = r.awards();
            total += n;
            long[] l = byLevel.computeIfAbsent(reach, k -> new long[2]);
            l[person ? 0 : 1] += n;
            if (person) {
                individual += n;
                if (leader) {
                    leaders += n;
                }
                if (frontline && reach == ReachLevel.COMMUNE) {
                    communeFrontline += n;
                }
            }
            Object[] t = byType.computeIfAbsent(r.awardTypeCode(), c -> new Object[] { r.awardTypeName(), new long[6] });
            long[] tc = (long[]) t[1];
            tc[0] += n;
            tc[1 + reach.ordinal()] += n;
            if (frontline) {
                tc[5] += n;
            }
            long[] y = byYear.computeIfAbsent(year, k -> new long[3]);
            y[0] += n;
            if (reach == ReachLevel.COMMUNE) {
                y[1] += n;
            }
            if (frontline) {
                y[2] += n;
            }
            byKind.computeIfAbsent(kind, k -> new long[1])[0] += n;
        }
        List<AwardsReport.LevelReach> levels = new ArrayList<>();
        for (ReachLevel reach : ReachLevel.values()) {
            long[] l = byLevel.getOrDefault(reach, new long[2]);
            levels.add(new AwardsReport.LevelReach(reach, l[0] + l[1], l[0], l[1], share(l[0] + l[1], total)));
        }
        List<AwardsReport.TypeCount> types = byType.entrySet().stream().map(e -> {
            long[] c = (long[]) e.getValue()[1];
            return new AwardsReport.TypeCount(e.getKey(), (String) e.getValue()[0], c[0], c[1], c[2], c[3], c[4], c[5]);
        }).sorted(Comparator.comparingLong(AwardsReport.TypeCount::awards).reversed()).toList();
        List<AwardsReport.YearCount> years = byYear.entrySet().stream()
                .map(e -> new AwardsReport.YearCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        List<AwardsReport.KindCount> kinds = byKind.entrySet().stream()
                .map(e -> new AwardsReport.KindCount(e.getKey(), ReachLevel.of(e.getKey()), e.getValue()[0])).toList();
        AwardsReport.StaffReach staff = new AwardsReport.StaffReach(individual, leaders, individual - leaders,
                share(individual - leaders, individual), communeFrontline);
        return new AwardsReport(yearFrom, yearTo, total, individual, total - individual, levels, staff, types, years, kinds);
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    // --- campaign participation ----------------------------------------------------------------------

    public CampaignParticipationReport campaigns(UUID periodId, CampaignStatus status) {
        LocalDate today = LocalDate.now(clock);
        List<CampaignParticipationReport.Row> result = campaignReads.participation(periodId, status, today).stream()
                .map(c -> new CampaignParticipationReport.Row(c.campaignId(), c.title(), c.status().name(), c.scope().name(), c.startDate(),
                        c.endDate(), c.targetUnits(), c.registeredUnits(), c.interimReportedUnits(), c.finalReportedUnits(), c.overdueUnits(),
                        c.registrations(), c.approvedRegistrations()))
                .toList();
        return new CampaignParticipationReport(today, result.size(),
                result.stream().mapToLong(CampaignParticipationReport.Row::targetUnits).sum(),
                result.stream().mapToLong(CampaignParticipationReport.Row::overdueUnits).sum(), result);
    }

    // --- scoring ------------------------------------------------------------------------------------

    public ScoringOverview scoring(UUID periodId) {
        return new ScoringOverview(scoringReads.clusters(periodId).stream().map(c -> new ScoringOverview.ClusterRow(c.clusterId(),
                c.clusterName(), c.periodId(), c.periodLabel(), c.members(), c.submittedSheets(), c.verifiedSheets(), c.lockedSheets(),
                c.members() > 0 && c.lockedSheets() == c.members(), c.topUnitName(), c.topTotal(), c.selfTotal(), c.verifiedTotal(),
                c.selfTotal().subtract(c.verifiedTotal()), c.criteriaCut())).toList());
    }

    // --- a unit's years -----------------------------------------------------------------------------

    public UnitHistory unitHistory(UUID unitId) {
        OrgReads.UnitLine unit = orgReads.unit(unitId)
                .filter(u -> user.hasAnyRole(SECTOR_READERS) || user.belongsTo(unitId))
                .orElseThrow(() -> ApiProblem.notFound("Unit", unitId));
        List<OrgReads.UnitLine> lineage = orgReads.lineage(unitId);
        List<UUID> ids = lineage.stream().map(OrgReads.UnitLine::id).toList();
        List<UnitHistory.AwardCount> awards = awardReads.tallyForUnits(ids).stream().map(a -> new UnitHistory.AwardCount(a.year(),
                a.awardTypeCode(), a.awardTypeName(), a.individual(), a.unitName(), a.awards())).toList();
        List<UnitHistory.Score> scores = scoringReads.unitScores(ids).stream().map(s -> new UnitHistory.Score(s.year(), s.periodLabel(),
                s.clusterId(), s.clusterName(), s.unitName(), s.status().name(), s.total(), s.selfTotal(), s.rank(), s.rankedUnits()))
                .toList();
        Map<Integer, Object[]> years = new TreeMap<>(Comparator.reverseOrder());
        for (UnitHistory.AwardCount a : awards) {
            long[] c = (long[]) years.computeIfAbsent(a.year(), y -> new Object[] { new long[2], null })[0];
            c[a.individual() ? 1 : 0] += a.awards();
        }
        for (UnitHistory.Score s : scores) {
            Object[] y = years.computeIfAbsent(s.year(), k -> new Object[] { new long[2], null });
            if (y[1] == null) {
                y[1] = s;
            }
        }
        List<UnitHistory.Year> yearRows = years.entrySet().stream().map(e -> {
            long[] c = (long[]) e.getValue()[0];
            UnitHistory.Score s = (UnitHistory.Score) e.getValue()[1];
            return new UnitHistory.Year(e.getKey(), c[0], c[1], s == null ? null : s.rank(), s == null ? null : s.total());
        }).toList();
        List<UnitHistory.LineageUnit> line = lineage.stream()
                .map(l -> new UnitHistory.LineageUnit(l.id(), l.name(), l.validFrom(), l.validTo())).toList();
        return new UnitHistory(unit.id(), unit.name(), line, yearRows, awards, scores);
    }
}
