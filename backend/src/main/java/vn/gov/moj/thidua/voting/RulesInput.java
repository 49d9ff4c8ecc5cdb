package vn.gov.moj.thidua.voting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rules to set on a draft session; what is left out comes from the rule parameters in force on its date. */
@Schema(name = "VotingRulesInput", examples = "{\"threshold\":\"2/3\",\"seats\":1}")
public record RulesInput(
        @Pattern(regexp = "\\d{1,4}/\\d{1,4}|0(\\.\\d{1,4})?|1(\\.0{1,4})?", message = "{thidua.share}") String quorum,
        @Pattern(regexp = "\\d{1,4}/\\d{1,4}|0(\\.\\d{1,4})?|1(\\.0{1,4})?", message = "{thidua.share}") String threshold,
        VoteBase base,
        @Min(1) @Max(500) Integer seats,
        @Min(1) @Max(500) Integer maxChoices,
        Boolean selfVoteAllowed,
        Boolean abstainAllowed,
        Boolean secret) {
}
