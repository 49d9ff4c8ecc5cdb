package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RulePastVersionRequest", description = "A version of the parameter that was in force over a past date range, recorded "
        + "afterwards (to enter history under the law then in force). It may not overlap any version and must end before today.")
public record RulePastVersionRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "1490000") String value,
        @NotNull @Schema(required = true, examples = "2019-07-01") LocalDate effectiveFrom,
        @NotNull @Schema(required = true, examples = "2020-06-30") LocalDate effectiveTo,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "The instrument the value comes from", examples = "Nghị định 38/2019/NĐ-CP") String legalInstrument,
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "Điều 3 khoản 2") String legalArticle,
        @NotBlank @Size(max = 2000) @Schema(required = true, description = "Why it is recorded afterwards", examples = "Nhập lịch sử năm 2019") String reason,
        @NotNull @Schema(required = true) Boolean verified,
        @Size(max = 4000) String note) {
}
