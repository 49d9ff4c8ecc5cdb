package vn.gov.moj.thidua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.campaign.CampaignReads;
import vn.gov.moj.thidua.campaign.RegistrationStatus;
import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.nomination.AwardReads;
import vn.gov.moj.thidua.nomination.DossierReads;
import vn.gov.moj.thidua.org.OrgReads;
import vn.gov.moj.thidua.scoring.ScoringReads;
import vn.gov.moj.thidua.voting.VotingReads;

/** The year dashboard: one period's clusters, campaigns, dossiers and awards, each read from the capability that owns it. */
@ApplicationScoped
public class YearDashboardService {

    @Inject
    OrgReads org;

    @Inject
    ScoringReads scoring;

    @Inject
    VotingReads voting;

    @Inject
    CampaignReads campaigns;

    @Inject
    DossierReads dossiers;

    @Inject
    AwardReads awards;

    @Inject
    Clock clock;

    /** periodId, or the period today falls in, else the latest one that has started, else the first to come. */
    public YearDashboard dashboard(UUID periodId) {
        OrgReads.PeriodLine period = (periodId != null ? org.period(periodId) : org.currentPeriod(LocalDate.now(clock)))
                .orElseThrow(() -> ApiProblem.notFound("Period", periodId != null ? periodId : "current"));
        return new YearDashboard(period.id(), period.label(), period.startDate(), period.endDate(), clusters(period.id()),
                participation(period.id()), dossierCounts(period.id()),
                awardCounts(period.ledgerYear()));
    }

    private List<YearDashboard.ClusterStatus> clusters(UUID periodId) {
        Map<UUID, ScoringReads.SheetCounts> sheets = scoring.sheetCountsByCluster(periodId);
        Map<UUID, VotingReads.ElectionCounts> elections = voting.electionsByCluster(periodId);
        Map<UUID, Long> proposals = dossiers.dossiersByCluster(periodId);
        return org.clustersOf(periodId).stream().map(c -> {
            ScoringReads.SheetCounts s = sheets.getOrDefault(c.id(), new ScoringReads.SheetCounts(0, 0, 0));
            VotingReads.ElectionCounts e = elections.getOrDefault(c.id(), new VotingReads.ElectionCounts(0, 0));
            // Same rule as the ranking: published once every member's sheet is locked.
            return new YearDashboard.ClusterStatus(c.id(), c.name(), c.members(), s.submitted(), s.verified(), s.locked(),
                    c.members() > 0 && s.locked() == c.members(), e.setUp(), e.held(), proposals.getOrDefault(c.id(), 0L));
        }).toList();
    }

    private YearDashboard.Participation participation(UUID periodId) {
        CampaignReads.ParticipationTotals t = campaigns.participationTotals(periodId);
        Map<RegistrationStatus, Long> counts = campaigns.registrationsByStatus(periodId);
        List<YearDashboard.RegistrationCount> registrations = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            registrations.add(new YearDashboard.RegistrationCount(status, counts.getOrDefault(status, 0L)));
        }
        return new YearDashboard.Participation(t.campaigns(), t.targets(), t.registered(), t.finalReports(),
                ReportService.share(t.registered(), t.targets()), registrations);
    }

    private List<YearDashboard.DossierCount> dossierCounts(UUID periodId) {
        return dossiers.dossiersByStatus(periodId).entrySet().stream()
                .map(e -> new YearDashboard.DossierCount(e.getKey(), e.getValue())).toList();
    }

    /** The period's awards: the ledger rows of its year (an October–September period is not two calendar years). */
    private List<YearDashboard.AwardLevelCount> awardCounts(int ledgerYear) {
        Map<AwardLevel, long[]> counts = awards.awardsByLevel(ledgerYear, ledgerYear);
        List<YearDashboard.AwardLevelCount> result = new ArrayList<>();
        for (AwardLevel level : AwardLevel.values()) {
            long[] c = counts.getOrDefault(level, new long[2]);
            result.add(new YearDashboard.AwardLevelCount(level, c[0], c[1]));
        }
        return result;
    }
}
