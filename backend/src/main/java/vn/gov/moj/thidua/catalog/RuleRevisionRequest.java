package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleRevisionRequest", description = "A new value from a date; the version in force then is closed the day before")
public record RuleRevisionRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "0.2") String value,
        @NotNull @Schema(required = true, examples = "2026-07-01") LocalDate effectiveFrom,
        @Schema(description = "Last day in force, if already known") LocalDate effectiveTo,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Quyết định 123/QĐ-BTP") String legalInstrument,
        @Size(max = 100) @Schema(examples = "Điều 5") String legalArticle,
        @NotNull @Schema(required = true) Boolean verified,
        @Size(max = 4000) @Schema(examples = "Quy chế Cụm mới") String note) {
}
