package vn.gov.moj.thidua.voting.crypto;

/** The voter's receipt: hex of {@code H("thidua/tracker/v1", sessionId, round, α, β of every selection in order)}. */
public final class Tracker {

    private Tracker() {
    }

    public static String of(EncryptedBallot ballot) {
        Hash h = Hash.of("thidua/tracker/v1").text(ballot.sessionId().toString()).integer(ballot.round());
        for (EncryptedBallot.CandidateSelections candidate : ballot.candidates()) {
            for (EncryptedBallot.Selection selection : candidate.selections()) {
                selection.ciphertext().into(h);
            }
        }
        return P256.hex(h.digest());
    }
}
