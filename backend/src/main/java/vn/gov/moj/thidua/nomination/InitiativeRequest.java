package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;
import vn.gov.moj.thidua.nomination.eligibility.InitiativeScope;

@Schema(name = "InitiativeRequest", description = "An initiative (sáng kiến) and the decision that recognised it")
public record InitiativeRequest(
        @Schema(required = true, examples = "Số hoá quy trình tiếp nhận yêu cầu trợ giúp pháp lý") @NotBlank @Size(max = 500) @PlainName String title,
        @Schema(required = true, examples = "MINISTRY") @NotNull InitiativeScope scope,
        @Schema(required = true, description = "The authors", examples = "[\"00000000-0000-4000-8000-000000007001\"]") @NotEmpty @Size(max = 20) List<@NotNull UUID> ownerIds,
        @Schema(required = true, examples = "1520/QĐ-BTP") @NotBlank @Size(max = 100) String recognitionNumber,
        @Schema(required = true, examples = "2025-10-15") @NotNull LocalDate recognitionDate,
        @Schema(required = true, examples = "Hội đồng sáng kiến Bộ Tư pháp") @NotBlank @Size(max = 300) String recognitionBody,
        @Schema(description = "A use before ThiĐua (e.g. the title it already supported); such an initiative cannot back a new proposal",
                examples = "Đã dùng cho CSTĐCS năm 2023") @Size(max = 300) String priorUse) {
}
