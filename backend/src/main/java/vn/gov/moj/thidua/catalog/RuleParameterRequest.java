package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleParameterRequest", description = "Adds a parameter that has no version yet")
public record RuleParameterRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "R-[A-Z0-9-]+") @Schema(required = true, examples = "R-CO-CP") String ruleId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9]*") @Schema(required = true, examples = "maxShareOfLeaders") String key,
        @NotNull @Schema(required = true) ValueType valueType,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "1/3") String value,
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "Tỷ lệ đơn vị dẫn đầu Cụm được đề nghị Cờ Chính phủ") String description,
        @NotNull @Schema(required = true, examples = "2026-01-01") LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Nghị định 152/2025/NĐ-CP") String legalInstrument,
        @Size(max = 100) String legalArticle,
        @NotNull @Schema(required = true) Boolean verified,
        @Size(max = 4000) String note) {
}
