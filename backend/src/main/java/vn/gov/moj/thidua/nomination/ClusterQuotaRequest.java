package vn.gov.moj.thidua.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterQuotaRequest", description = "The cluster's own flag quota for an award in its period; null removes the override")
public record ClusterQuotaRequest(
        @Schema(required = true, description = "Award code of a flag: CO_NGANH or CO_CP", examples = "CO_NGANH") @NotBlank @Size(max = 40) String awardTypeCode,
        @Schema(description = "Flags the cluster may propose in its period", examples = "3") @Min(0) @Max(100) Integer quota,
        @Schema(description = "Why (the decision or plan that sets it)") @Size(max = 1000) String note) {
}
