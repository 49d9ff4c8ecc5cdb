package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * What makes a ballot valid: one mark per candidate, at most {@code maxChoices} YES marks, abstention only
 * where allowed, and no YES for the voter's own unit unless self-votes are allowed (R-CO-NGANH/selfVoteAllowed).
 */
public final class BallotPolicy {

    private BallotPolicy() {
    }

    /** A mark as submitted (the candidate may be unknown or repeated). */
    public record Mark(UUID candidateRef, Choice choice) {
    }

    /** The faults of a ballot, each naming its field; empty when the ballot is valid. */
    public static List<FieldText> faults(List<Candidate> candidates, VotingRules rules, String voterUnitKey, List<Mark> marks) {
        List<FieldText> faults = new ArrayList<>();
        Set<UUID> known = new HashSet<>();
        candidates.forEach(c -> known.add(c.ref()));
        Set<UUID> seen = new HashSet<>();
        int yes = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            String path = "choices[" + i + "]";
            if (!known.contains(mark.candidateRef())) {
                faults.add(new FieldText(path + ".candidateRef", Text.of("voting.not-a-candidate", mark.candidateRef())));
                continue;
            }
            if (!seen.add(mark.candidateRef())) {
                faults.add(new FieldText(path + ".candidateRef", Text.of("voting.marked-twice")));
                continue;
            }
            if (mark.choice() == Choice.ABSTAIN && !rules.abstainAllowed()) {
                faults.add(new FieldText(path + ".choice", Text.of("voting.no-abstaining")));
            }
            if (mark.choice() == Choice.YES) {
                yes++;
                if (!rules.selfVoteAllowed() && voterUnitKey != null && voterUnitKey.equals(mark.candidateRef().toString())) {
                    faults.add(new FieldText(path + ".choice", Text.of("voting.no-self-vote")));
                }
            }
        }
        if (yes > rules.maxChoices()) {
            faults.add(new FieldText("choices", Text.of("voting.too-many-yes", yes, rules.maxChoices())));
        }
        for (Candidate candidate : candidates) {
            if (!seen.contains(candidate.ref()) && faults.stream().noneMatch(f -> f.field().endsWith(".candidateRef"))) {
                faults.add(new FieldText("choices", Text.of("voting.no-mark", candidate.label(), candidate.ref())));
            }
        }
        return faults;
    }
}
