package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.voting.crypto.Wire;

/** What the API shows of an encrypted session: its key holders and the manifest a voter's browser encrypts to. */
public final class EncryptedViews {

    private EncryptedViews() {
    }

    @Schema(name = "BallotGuardian", description = "A key holder: the server, or a counting-board member; public key K_i with its Schnorr proof")
    public record Guardian(String id, String publicKey, Wire.ProofJson proof) {
    }

    @Schema(name = "ElectionManifest", requiredProperties = {"sessionId", "round", "guardians", "candidateRefs", "maxChoices",
            "abstainAllowed"}, description = "Everything a voter's browser needs to encrypt a ballot (docs/ballot-crypto.md)")
    public record Manifest(UUID sessionId, int round,
            @Schema(description = "K = sum of the guardians' public keys, compressed P-256 point in hex; null while a counting-board member has not posted a key") String electionKey,
            List<Guardian> guardians,
            @Schema(description = "The candidates, in the order the ballot lists them") List<String> candidateRefs,
            int maxChoices, boolean abstainAllowed,
            @Schema(description = "The caller's own candidate when self-votes are forbidden: its YES selection is proved in [0,0]") String noYesFor) {
    }

    @Schema(name = "EncryptedTallyEntry", description = "Sum of one option's ciphertexts over the round's ballots, the guardians' partial decryptions and the count")
    public record TallyEntry(String candidateRef, String option, Wire.CiphertextJson ciphertext, List<Share> shares, long count) {
    }

    @Schema(name = "GuardianShare")
    public record Share(String guardianId, String share, Wire.ProofJson proof) {
    }
}
