package vn.gov.moj.thidua.voting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's rules as they stand (frozen once the session opens). Shares are exact fractions such as "2/3". */
@Schema(name = "VotingRules", requiredProperties = {"quorum", "threshold", "base", "seats", "maxChoices", "selfVoteAllowed", "abstainAllowed", "secret"})
public record VotingRules(
        @Schema(description = "Share of the electorate that must be present, e.g. 2/3", examples = "2/3") String quorum,
        @Schema(description = "Share of the base a candidate's yes votes must reach, e.g. 2/3", examples = "2/3") String threshold,
        VoteBase base,
        @Schema(description = "How many candidates can be elected") int seats,
        @Schema(description = "How many candidates one ballot may mark YES") int maxChoices,
        @Schema(description = "Whether a unit may vote YES for itself") boolean selfVoteAllowed,
        boolean abstainAllowed,
        @Schema(description = "Secret ballot (default); a named session records the voter on each ballot") boolean secret) {
}
