package vn.gov.moj.thidua.scoring;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.problem.Problem.FieldError;

@Schema(name = "TemplateValidation", description = "Every fault of a template draft, each with its path")
public record TemplateValidation(
        @Schema(required = true) boolean valid,
        @Schema(required = true) List<FieldError> errors) {
}
