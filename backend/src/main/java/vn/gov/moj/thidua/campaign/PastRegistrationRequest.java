package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PastRegistrationRequest", description = "A registration of an ended period, entered by the secretariat on the unit's behalf; it is "
        + "recorded as approved, as the year's records show it")
public record PastRegistrationRequest(
        @NotNull @Schema(required = true, description = "A campaign of the period") UUID campaignId,
        @NotNull @Schema(required = true, description = "The registering unit (a target of the campaign)") UUID unitId,
        @NotNull @Schema(required = true, description = "The award type") UUID awardTypeId,
        @Schema(description = "The person registering, one of the unit's people; omit for the unit itself") UUID personId,
        @Size(max = 4000) String commitments,
        @Schema(description = "The day it was made then, inside the campaign's dates; defaults to the campaign's first day", examples = "2018-02-15")
        LocalDate registeredOn) {
}
