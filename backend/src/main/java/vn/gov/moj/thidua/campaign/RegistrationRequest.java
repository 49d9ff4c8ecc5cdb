package vn.gov.moj.thidua.campaign;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrationRequest", description = "Registers the caller's unit (collective awards, no personId) or one of its people (individual awards)")
public record RegistrationRequest(
        @NotNull @Schema(required = true, description = "The award type (see award-types)") UUID awardTypeId,
        @Schema(description = "The person registering; omit for the unit itself") UUID personId,
        @Schema(description = "The registering unit; defaults to, and must be, the caller's unit") UUID unitId,
        @Size(max = 4000) @Schema(examples = "Hoàn thành xuất sắc nhiệm vụ; có ít nhất 01 sáng kiến được công nhận cấp cơ sở") String commitments,
        @Schema(description = "Only to enter history: the day the registration was made, in a campaign whose period has ended. It is judged "
                + "against the campaign's window on that day, not today, and marked as entered as history.", examples = "2019-02-15") java.time.LocalDate registeredOn) {
}
