package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The count of a session's round and what it decides under the frozen rules.
 *
 * @param baseCount the number the threshold is measured against (electorate, present or valid ballots)
 */
@Schema(name = "VotingTally", requiredProperties = {"electorate", "present", "ballotsCounted", "invalidBallots", "baseCount", "paper", "tieForLastSeat", "seats", "candidates"})
public record Tally(int electorate, int present, int ballotsCounted, int invalidBallots, long baseCount, boolean paper,
        boolean tieForLastSeat, int seats, List<CandidateResult> candidates,
        @Schema(description = "Council review: the items some members stood aside from, with their own figures (absent before issue 19)") List<ItemFigures> recusedItems) {

    /** An item's own figures once its recused members are left out ({@link ItemAttendance}). */
    @Schema(name = "VotingItemFigures", requiredProperties = {"ref", "recused", "electorate", "present", "baseCount", "quorumMet"})
    public record ItemFigures(UUID ref, int recused, int electorate, int present, long baseCount, boolean quorumMet) {
    }

    /** One candidate's votes; {@code rank} orders by yes votes (equal counts share a rank). */
    @Schema(name = "VotingCandidateResult", requiredProperties = {"kind", "ref", "label", "yes", "no", "abstain", "rank", "passed", "elected", "tiedForLastSeat"})
    public record CandidateResult(CandidateKind kind, UUID ref, String label, long yes, long no, long abstain, int rank,
            boolean passed, boolean elected, boolean tiedForLastSeat) {
    }
}
