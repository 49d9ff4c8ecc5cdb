package vn.gov.moj.thidua.voting;

import java.util.List;

/**
 * Who stands aside from which item of a council review, by the facts of the items (who proposes, who is the nominee).
 * Voting knows nothing of dossiers: the nomination capability implements this; without an implementation only
 * declared conflicts apply.
 */
public interface ConflictsOfInterest {

    /** The recusals of the {@code electorate} from the {@code candidates} (reason OWN_UNIT or NOMINEE). */
    List<Recusal> recusals(List<Candidate> candidates, List<Voter> electorate);
}
