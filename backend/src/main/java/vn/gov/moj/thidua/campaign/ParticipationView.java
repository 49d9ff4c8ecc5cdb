package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participation", description = "Who moved after the launch: registrations and reports per target unit, and who is overdue")
public record ParticipationView(
        @Schema(required = true) UUID campaignId,
        @Schema(required = true) CampaignStatus status,
        @Schema(required = true, examples = "2026-11-22") LocalDate asOf,
        @Schema(required = true, examples = "6") int targetUnits,
        @Schema(required = true, description = "Units with at least one submitted registration", examples = "4") int registeredUnits,
        @Schema(required = true, examples = "3") int interimReportedUnits,
        @Schema(required = true, examples = "0") int finalReportedUnits,
        @Schema(required = true, examples = "2") int overdueUnits,
        @Schema(required = true) List<UnitParticipation> units) {

    @Schema(name = "UnitParticipation", description = "One target unit's movement in a campaign")
    public record UnitParticipation(
            @Schema(required = true) UUID unitId,
            @Schema(examples = "Cục Hành chính tư pháp") String unitName,
            @Schema(required = true, description = "Registrations past DRAFT", examples = "5") long registrations,
            @Schema(required = true, examples = "3") long approvedRegistrations,
            @Schema(required = true) boolean interimReported,
            @Schema(required = true) boolean finalReported,
            @Schema(required = true) boolean overdue,
            @Schema(required = true, examples = "[\"INTERIM_REPORT\"]") List<String> overdueReasons) {
    }
}
