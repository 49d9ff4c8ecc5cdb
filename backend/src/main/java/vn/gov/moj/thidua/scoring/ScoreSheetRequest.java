package vn.gov.moj.thidua.scoring;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreSheetRequest", description = "Open a unit's score sheet in a cluster; the template in force for the cluster's period and the unit's group is used",
        examples = "{\"clusterId\":\"00000000-0000-4000-8000-000000008026\"}")
public record ScoreSheetRequest(
        @NotNull UUID clusterId,
        @Schema(description = "Defaults to the caller's unit; only the secretariat opens sheets for other units") UUID unitId) {
}
