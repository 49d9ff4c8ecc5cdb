package vn.gov.moj.thidua.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", examples = "/problems/validation") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "name: must not be blank") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "One entry per offending field") List<FieldError> errors,
        @Schema(description = "For an illegal state change: the state the object is in") String currentState,
        @Schema(description = "For an illegal state change: the actions allowed from the current state") List<String> allowedActions) {

    @Schema(name = "FieldError")
    public record FieldError(@Schema(examples = "name") String field, @Schema(examples = "must not be blank") String message) {
    }
}
