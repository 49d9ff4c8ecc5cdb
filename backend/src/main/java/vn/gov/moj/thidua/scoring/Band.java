package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One band of a banded criterion: inputs in [from, to) earn {@code points}; no {@code to} means "and above". */
@Schema(name = "Band", description = "Inputs from `from` (inclusive) up to `to` (exclusive; absent = no upper end) earn `points`")
public record Band(
        @Schema(required = true, examples = "95") BigDecimal from,
        @Schema(examples = "100") BigDecimal to,
        @Schema(required = true, examples = "1.75") BigDecimal points) {

    public boolean contains(BigDecimal value) {
        return value.compareTo(from) >= 0 && (to == null || value.compareTo(to) < 0);
    }
}
