package vn.gov.moj.thidua.org;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingRequest")
public record RatingRequest(@NotNull @Schema(required = true, examples = "HTXSNV") PerformanceRating rating) {
}
