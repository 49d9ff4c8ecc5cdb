package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "CovenantRequest", description = "Records a covenant signed by a cluster's members")
public record CovenantRequest(
        @NotNull @Schema(required = true, description = "The cluster (and so the period)") UUID clusterId,
        @Schema(description = "The campaign it belongs to, if any") UUID campaignId,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Giao ước thi đua năm 2026 – Cụm thi đua số III") @PlainName String title,
        @NotNull @Schema(required = true, examples = "2026-03-10") LocalDate signedOn,
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "Hội nghị phát động phong trào thi đua và ký kết giao ước Cụm III năm 2026") String conference,
        @Schema(description = "Signing members; all of the cluster's members when omitted") List<@NotNull UUID> memberUnitIds,
        @NotEmpty @Size(max = 100) @Valid @Schema(required = true) List<@NotNull GoalDto> goals) {
}
