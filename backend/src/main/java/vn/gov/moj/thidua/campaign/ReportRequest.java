package vn.gov.moj.thidua.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportRequest", description = "A target unit's short report; INTERIM while IN_PROGRESS, FINAL during FINAL_REVIEW")
public record ReportRequest(
        @NotNull @Schema(required = true) ReportStage stage,
        @NotBlank @Size(max = 4000) @Schema(required = true, examples = "Đơn vị đã tổ chức phát động, 100% công chức đăng ký thi đua; hoàn thành 6/8 chỉ tiêu.") String summary) {
}
