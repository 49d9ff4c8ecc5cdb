package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "UnitRequest", description = "Creates or replaces a unit")
public record UnitRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Sở Tư pháp tỉnh Lạng Sơn") @PlainName String name,
        @Size(max = 100) @Schema(examples = "STP Lạng Sơn") @PlainName String shortName,
        @NotNull @Schema(required = true) UnitKind kind,
        @Size(max = 100) @Schema(examples = "Lạng Sơn") String province,
        UUID parentId,
        @NotNull @Schema(required = true, examples = "2025-07-01") LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "After a merger: the unit that continues this one (validTo is then required)") UUID successorId) {
}
