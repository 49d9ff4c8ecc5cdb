package vn.gov.moj.thidua.nomination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.voting.Candidate;
import vn.gov.moj.thidua.voting.CandidateKind;
import vn.gov.moj.thidua.voting.ConflictsOfInterest;
import vn.gov.moj.thidua.voting.Recusal;
import vn.gov.moj.thidua.voting.Voter;

/**
 * The council's recusals from the facts of its agenda (issue 19), for the voting capability: {@link RecusalPolicy} on each
 * dossier (NOMINATION), unit (UNIT) or person (PERSON) voted on, for every member whose unit or person is known.
 */
@ApplicationScoped
public class NominationConflicts implements ConflictsOfInterest {

    @Inject
    NominationRepository nominations;

    @Inject
    UnitDirectory directory;

    @Override
    public List<Recusal> recusals(List<Candidate> candidates, List<Voter> electorate) {
        Map<UUID, List<UUID>> lineages = new HashMap<>();
        List<Recusal> out = new ArrayList<>();
        for (Candidate c : candidates) {
            UUID proposer;
            UUID nomineeUnit;
            UUID nomineePerson;
            if (c.kind() == CandidateKind.NOMINATION) {
                Nomination n = nominations.findById(c.ref());
                if (n == null) {
                    continue;
                }
                proposer = n.unitId;
                nomineeUnit = n.nomineeUnitId;
                nomineePerson = n.personId;
            } else if (c.kind() == CandidateKind.UNIT) {
                proposer = c.ref();
                nomineeUnit = c.ref();
                nomineePerson = null;
            } else {
                proposer = null;
                nomineeUnit = null;
                nomineePerson = c.ref();
            }
            for (Voter v : electorate) {
                List<UUID> units = v.unitId() == null ? List.of() : lineages.computeIfAbsent(v.unitId(), directory::lineageOf);
                if (v.personId() != null && v.personId().equals(nomineePerson)) {
                    out.add(new Recusal(c.ref(), v.key(), v.label(), Recusal.Reason.NOMINEE, null));
                } else if (!units.isEmpty() && (proposer != null || nomineeUnit != null)
                        && RecusalPolicy.recused(units, null, proposer, nomineeUnit, null)) {
                    out.add(new Recusal(c.ref(), v.key(), v.label(), Recusal.Reason.OWN_UNIT, null));
                }
            }
        }
        return out;
    }
}
