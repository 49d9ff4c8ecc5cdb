package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Measured inputs for some criteria (others are left as they are); the server computes the points. */
@Schema(name = "SelfScoreRequest", examples = """
        {"entries":[{"criterionCode":"A.1","input":97.5,"note":"39/40 hồ sơ đúng hạn",
          "evidence":[{"label":"Sổ theo dõi thẩm định","url":"https://files.moj.gov.vn/tham-dinh-2026.pdf"}]}]}""")
public record SelfScoreRequest(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Entry> entries) {

    @Schema(name = "SelfScoreEntry")
    public record Entry(
            @NotNull @Schema(examples = "A.1") String criterionCode,
            @Schema(description = "Percentage, days late, count of events, 1/0 for yes/no, or points for MANUAL; null clears", examples = "97.5")
            BigDecimal input,
            @Size(max = 2000) String note,
            @Size(max = 20) List<@Valid @NotNull Evidence> evidence) {
    }
}
