package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinalScoresRequest", description = "A cluster's final result of an ended period: a final score and rank per member unit, "
        + "as the cluster's minutes record it. Replaces any final result entered before for the cluster.",
        examples = "{\"clusterId\":\"00000000-0000-4000-8000-000000008019\",\"scores\":[{\"unitId\":\"00000000-0000-4000-8000-000000000201\","
                + "\"finalScore\":98.5,\"rank\":1}]}")
public record FinalScoresRequest(
        @NotNull @Schema(required = true, description = "A cluster of the period") UUID clusterId,
        @NotEmpty @Size(max = 500) @Schema(required = true) List<@NotNull @Valid Score> scores) {

    @Schema(name = "FinalScoreInput")
    public record Score(
            @NotNull @Schema(required = true, description = "A member unit of the cluster") UUID unitId,
            @NotNull @DecimalMin("0") @DecimalMax("100000") @Schema(required = true, examples = "98.5") BigDecimal finalScore,
            @NotNull @Min(1) @Max(500) @Schema(required = true, examples = "1") Integer rank) {
    }
}
