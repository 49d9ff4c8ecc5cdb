package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

/** Phần / mục of a criteria table; its maximum equals the standard points of its scored criteria. */
@Schema(name = "TemplateSection")
public record TemplateSection(
        @Schema(required = true, examples = "A") String code,
        @Schema(required = true, examples = "Thực hiện nhiệm vụ chuyên môn") @PlainName String title,
        @Schema(required = true, examples = "110") BigDecimal maxPoints,
        @Schema(required = true) List<@Valid TemplateCriterion> criteria) {
}
