package vn.gov.moj.thidua.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnRequest", description = "Why a registration goes back to its unit")
public record ReturnRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Cá nhân chưa đạt LĐTT năm trước; đề nghị đăng ký LĐTT") String reason) {
}
