package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.P256;

/** The manifest of an encrypted session for whoever may see it, with the caller's self-vote restriction. */
@ApplicationScoped
public class ElectionManifests {

    @Inject
    SessionAccess access;

    @Inject
    ElectionKeys keys;

    public EncryptedViews.Manifest manifest(UUID id) {
        VotingSession session = access.findVisible(id);
        if (!session.encrypted) {
            throw ApiProblem.conflict(Text.of("voting.encrypted.not-encrypted"));
        }
        BallotRules rules = keys.rules(session, access.callerVoterKey(session).orElse(null));
        return new EncryptedViews.Manifest(session.id, session.round, rules.electionKey() == null ? null : P256.pointHex(rules.electionKey()), keys.guardians(session),
                rules.candidateRefs(), rules.maxChoices(), rules.abstainAllowed(), rules.noYesFor());
    }
}
