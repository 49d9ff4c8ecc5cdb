package vn.gov.moj.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.campaign.RegistrationStatus;
import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.nomination.NominationStatus;

@Schema(name = "YearDashboard", description = "The secretariat's view of one emulation period: where each cluster stands, "
        + "campaign registrations and participation, dossiers by state and awards by level")
public record YearDashboard(
        @Schema(required = true) UUID periodId,
        @Schema(required = true, examples = "2026") String periodLabel,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate endDate,
        @Schema(required = true, description = "The period's clusters by name") List<ClusterStatus> clusters,
        @Schema(required = true) Participation participation,
        @Schema(required = true, description = "The period's dossiers (hồ sơ đề nghị) by state; states without one left out") List<DossierCount> dossiersByState,
        @Schema(required = true, description = "Awards (ledger rows not revoked) of the period's years by the level granting them; every level, in order, zeros included") List<AwardLevelCount> awardsByLevel) {

    @Schema(name = "YearDashboardCluster", description = "Where one cluster stands in the period")
    public record ClusterStatus(
            @Schema(required = true) UUID clusterId,
            @Schema(required = true, examples = "Cụm thi đua số III") String clusterName,
            @Schema(required = true, examples = "6") long members,
            @Schema(required = true, description = "Score sheets past DRAFT", examples = "4") long submittedSheets,
            @Schema(required = true, description = "Score sheets VERIFIED or LOCKED", examples = "3") long verifiedSheets,
            @Schema(required = true, examples = "1") long lockedSheets,
            @Schema(required = true, description = "The ranking is published: every member's sheet locked") boolean rankingPublished,
            @Schema(required = true, description = "Cluster elections set up for the period", examples = "1") long elections,
            @Schema(required = true, description = "Cluster elections held: closed, tallied or published", examples = "0") long electionsHeld,
            @Schema(required = true, description = "Dossiers proposed by the cluster's members for the period", examples = "3") long dossiers) {
    }

    @Schema(name = "YearDashboardParticipation", description = "The period's campaigns: units targeted, registered and reporting")
    public record Participation(
            @Schema(required = true, examples = "2") long campaigns,
            @Schema(required = true, description = "Target units summed over the campaigns", examples = "12") long targetUnits,
            @Schema(required = true, description = "Target units with a registration past DRAFT", examples = "9") long registeredUnits,
            @Schema(required = true, description = "Target units that sent their final report", examples = "3") long finalReports,
            @Schema(required = true, description = "registeredUnits / targetUnits, 0–1, 4 decimals", examples = "0.7500") BigDecimal registeredShare,
            @Schema(required = true, description = "Registrations by status; every status, in order, zeros included") List<RegistrationCount> registrationsByStatus) {
    }

    @Schema(name = "YearDashboardRegistrationCount")
    public record RegistrationCount(@Schema(required = true) RegistrationStatus status, @Schema(required = true, examples = "5") long registrations) {
    }

    @Schema(name = "YearDashboardDossierCount")
    public record DossierCount(@Schema(required = true) NominationStatus status, @Schema(required = true, examples = "5") long dossiers) {
    }

    @Schema(name = "YearDashboardAwardLevel")
    public record AwardLevelCount(
            @Schema(required = true) AwardLevel level,
            @Schema(required = true, examples = "40") long individualAwards,
            @Schema(required = true, examples = "6") long collectiveAwards) {
    }
}
