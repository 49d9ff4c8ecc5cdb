package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

/**
 * Tiêu chí — one criterion with its standard points (điểm chuẩn) and method. {@code bands} serve BANDED and
 * LATENESS_BANDED; {@code perEvent} and {@code cap} serve DEDUCTION and BONUS (whose maxPoints is their cap).
 */
@Schema(name = "TemplateCriterion")
public record TemplateCriterion(
        @Schema(required = true, examples = "A.I.1.1") String code,
        @Schema(required = true, examples = "Thẩm định đề nghị xây dựng nghị quyết HĐND đúng thời hạn") @PlainName String text,
        @Schema(required = true, description = "Điểm chuẩn; for DEDUCTION/BONUS the cap", examples = "2") BigDecimal maxPoints,
        @Schema(required = true) CriterionMethod method,
        List<Band> bands,
        @Schema(description = "DEDUCTION/BONUS: points per event", examples = "0.5") BigDecimal perEvent,
        @Schema(description = "Help text for the officer: what to measure and what evidence to attach") String guidance) {
}
