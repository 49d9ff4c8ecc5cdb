package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cluster's verified inputs for some criteria; a result that differs from the self-score needs a reason. */
@Schema(name = "VerificationRequest", examples = """
        {"entries":[{"criterionCode":"A.1","input":90,"reason":"2 hồ sơ thẩm định quá hạn theo sổ theo dõi"}]}""")
public record VerificationRequest(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Entry> entries) {

    @Schema(name = "VerificationEntry")
    public record Entry(
            @NotNull @Schema(examples = "A.1") String criterionCode,
            @Schema(description = "The verified measured input; null clears the verification of this criterion", examples = "90")
            BigDecimal input,
            @Size(max = 2000) @Schema(description = "Lý do chênh lệch — required when the verified points differ from the self-score")
            String reason) {
    }
}
