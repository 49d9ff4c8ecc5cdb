package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.gov.moj.thidua.common.problem.Problem.FieldError;

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
    public static List<FieldError> faults(List<Candidate> candidates, VotingRules rules, String voterUnitKey, List<Mark> marks) {
        List<FieldError> faults = new ArrayList<>();
        Set<UUID> known = new HashSet<>();
        candidates.forEach(c -> known.add(c.ref()));
        Set<UUID> seen = new HashSet<>();
        int yes = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            String path = "choices[" + i + "]";
            if (!known.contains(mark.candidateRef())) {
                faults.add(new FieldError(path + ".candidateRef", mark.candidateRef() + " is not a candidate of this session"));
                continue;
            }
            if (!seen.add(mark.candidateRef())) {
                faults.add(new FieldError(path + ".candidateRef", "marked twice"));
                continue;
            }
            if (mark.choice() == Choice.ABSTAIN && !rules.abstainAllowed()) {
                faults.add(new FieldError(path + ".choice", "abstaining is not allowed in this session"));
            }
            if (mark.choice() == Choice.YES) {
                yes++;
                if (!rules.selfVoteAllowed() && voterUnitKey != null && voterUnitKey.equals(mark.candidateRef().toString())) {
                    faults.add(new FieldError(path + ".choice", "a unit may not vote for itself in this session"));
                }
            }
        }
        if (yes > rules.maxChoices()) {
            faults.add(new FieldError("choices", yes + " YES marks; a ballot may mark at most " + rules.maxChoices()));
        }
        for (Candidate candidate : candidates) {
            if (!seen.contains(candidate.ref()) && faults.stream().noneMatch(f -> f.field().endsWith(".candidateRef"))) {
                faults.add(new FieldError("choices", "no mark for candidate " + candidate.label() + " (" + candidate.ref() + ")"));
            }
        }
        return faults;
    }
}
