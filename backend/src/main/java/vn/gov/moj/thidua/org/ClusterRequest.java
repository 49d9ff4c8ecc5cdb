package vn.gov.moj.thidua.org;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "ClusterRequest", description = "Creates or replaces a cluster; the head and deputies are members too")
public record ClusterRequest(
        @NotNull @Schema(required = true) UUID periodId,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Cụm thi đua số III") @PlainName String name,
        @NotNull @Schema(required = true) ClusterKind kind,
        @NotEmpty @Size(max = 500) @Schema(required = true, description = "Member units, head and deputies included") List<@NotNull UUID> memberUnitIds,
        @Schema(description = "Cụm trưởng; one of the members") UUID headUnitId,
        @Size(max = 10) @Schema(description = "Cụm phó; members") List<@NotNull UUID> deputyUnitIds) {
}
