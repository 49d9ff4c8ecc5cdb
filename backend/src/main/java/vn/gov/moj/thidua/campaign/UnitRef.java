package vn.gov.moj.thidua.campaign;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitRef", description = "A unit by id and name")
public record UnitRef(@Schema(required = true) UUID unitId, @Schema(examples = "Cục Hành chính tư pháp") String unitName) {
}
