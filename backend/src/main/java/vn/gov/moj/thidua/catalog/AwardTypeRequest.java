package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "AwardTypeRequest", description = "Creates or replaces an award type of the catalog")
public record AwardTypeRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+") @Schema(required = true, examples = "BK_BO") String code,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Bằng khen của Bộ trưởng Bộ Tư pháp") @PlainName String name,
        @NotNull @Schema(required = true) AwardKind kind,
        @NotNull @Schema(required = true) AwardSubject subject,
        @NotNull @Schema(required = true) AwardLevel level,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Bộ trưởng Bộ Tư pháp") String decidedBy,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Luật Thi đua, khen thưởng 2022") String legalInstrument,
        @Size(max = 100) @Schema(examples = "Điều 74") String legalArticle,
        @DecimalMin("0") @Schema(examples = "1.00") BigDecimal rewardMultiple,
        @Size(max = 200) @Schema(examples = "Nghị định 152/2025/NĐ-CP") String rewardSource,
        @NotNull @Schema(required = true) Boolean verified,
        @Size(max = 4000) String notes,
        @NotNull @Schema(required = true) Boolean active) {
}
