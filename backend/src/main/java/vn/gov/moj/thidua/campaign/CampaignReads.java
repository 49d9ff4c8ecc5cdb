package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.gov.moj.thidua.common.read.WaitingItem;

/**
 * What other capabilities (the inbox, reports) may read of campaigns and registrations. The campaign states behind
 * each answer stay here; callers never name them.
 */
public interface CampaignReads {

    /** Campaigns accepting registrations that target the unit and have none from it yet; due: the registration deadline. */
    List<WaitingItem> openForRegistration(UUID unitId, LocalDate today, int limit);

    /** The interim and final reports the unit owes a running campaign; detail: the {@link ReportStage}; due: its report date. */
    List<WaitingItem> reportsOwed(UUID unitId, int limit);

    /** Campaigns where the unit has a returned registration; detail: a return reason. */
    List<WaitingItem> returnedRegistrations(UUID unitId, int limit);

    /** Campaigns where the unit has drafts awaiting its head's signature; detail: how many. */
    List<WaitingItem> registrationsToSubmit(UUID unitId, int limit);

    /** Campaigns with submitted registrations from any unit; detail: how many. */
    List<WaitingItem> registrationsToApprove(int limit);

    /** Draft campaigns not yet launched; due: the start date. */
    List<WaitingItem> draftsToLaunch(int limit);

    /** Every campaign's movement after launch (optionally one period's, one status), latest start first. */
    List<Participation> participation(UUID periodId, CampaignStatus status, LocalDate today);

    /** One campaign's movement, counted over its target units. */
    record Participation(UUID campaignId, String title, CampaignStatus status, CampaignScope scope, LocalDate startDate,
            LocalDate endDate, long targetUnits, long registeredUnits, long interimReportedUnits, long finalReportedUnits,
            long overdueUnits, long registrations, long approvedRegistrations) {
    }

    /** The period's campaigns: how many, their target units, targets registered (beyond draft), final reports in. */
    ParticipationTotals participationTotals(UUID periodId);

    /** The period's registrations by state. */
    java.util.Map<RegistrationStatus, Long> registrationsByStatus(UUID periodId);

    record ParticipationTotals(long campaigns, long targets, long registered, long finalReports) {
    }

    /**
     * Campaigns past draft that run at some time between from and to, with what Biểu 0601.N classifies them by: the
     * recorded launch level and organising scope (null when not recorded), the targeting scope, the method (type) and
     * the dates.
     */
    List<StatisticsCampaign> statisticsCampaigns(LocalDate from, LocalDate to);

    record StatisticsCampaign(UUID id, String title, CampaignType type, CampaignScope scope, String launchLevel, String organisingScope,
            LocalDate startDate, LocalDate endDate) {
    }
}
