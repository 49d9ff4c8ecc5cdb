package vn.gov.moj.thidua.org;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The signed-in user as the API sees them")
public record MeView(
        @Schema(required = true, examples = "unit-officer") String username,
        @Schema(required = true, examples = "Nguyễn Văn An") String displayName,
        @Schema(required = true, examples = "[\"unit-officer\"]") List<String> roles,
        UUID unitId,
        @Schema(examples = "Cục Trợ giúp pháp lý") String unitName) {
}
