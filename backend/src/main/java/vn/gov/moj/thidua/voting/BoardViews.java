package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;
import vn.gov.moj.thidua.voting.crypto.Wire;

/** The counting board's requests and answers (docs/ballot-crypto.md, "Counting board"). */
public final class BoardViews {

    /** The most members a board may have (a board is usually three people elected at the meeting). */
    public static final int MAX_MEMBERS = 9;

    private BoardViews() {
    }

    @Schema(name = "BoardAppointee", description = "A counting-board member: the user name they sign in with and the name printed on the minutes")
    public record Appointee(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 300) @PlainName String label) {
    }

    @Schema(name = "CountingBoardRequest", description = "The whole board, replacing the previous one; an empty list leaves the server as the only key holder")
    public record BoardRequest(@NotNull @Size(max = MAX_MEMBERS) List<@Valid @NotNull Appointee> members) {
    }

    @Schema(name = "BoardGuardian", requiredProperties = {"guardianId", "label", "decrypted"},
            description = "A key holder of the session: a counting-board member (id issued at appointment) or the server")
    public record Guardian(String guardianId, String label,
            @Schema(description = "The member's user name; null for the server") String username,
            @Schema(description = "K_i, compressed P-256 point in hex; null until the member posted it") String publicKey,
            @Schema(description = "Schnorr proof of knowledge of s_i; null until posted") Wire.ProofJson proof,
            @Schema(description = "Whether the holder's partial decryptions of this round's totals are in") boolean decrypted) {
    }

    @Schema(name = "CountingBoard", requiredProperties = {"sessionId", "round", "guardians", "awaitingDecryption", "keysComplete"})
    public record Board(UUID sessionId, int round, List<Guardian> guardians,
            @Schema(description = "The caller's guardian id when the caller sits on the board") String callerGuardianId,
            @Schema(description = "The round is closed and its totals wait for the members' partial decryptions") boolean awaitingDecryption,
            @Schema(description = "Every member has posted a key: the session can open") boolean keysComplete) {
    }

    @Schema(name = "GuardianKeyRequest", description = "K_i = s_i·G made in the member's browser, with the Schnorr proof bound to session and guardian id")
    public record KeyRequest(@NotNull @Size(max = 80) String publicKey, @NotNull Wire.ProofJson proof) {
    }

    @Schema(name = "EncryptedTotal", requiredProperties = {"candidateRef", "option", "ciphertext"},
            description = "The sum of one option's ciphertexts over the round's ballots (label <candidateRef>/<option>)")
    public record Total(String candidateRef, String option, Wire.CiphertextJson ciphertext) {
    }

    @Schema(name = "EncryptedRoundTally", requiredProperties = {"sessionId", "round", "ballots", "totals"},
            description = "What the counting board decrypts; empty totals when no ballot was cast")
    public record Tally(UUID sessionId, int round, int ballots, List<Total> totals) {
    }

    @Schema(name = "BoardDecryption", description = "A member's partial decryption M_i = s_i·A of one total with its Chaum–Pedersen proof")
    public record Decryption(@NotNull @Size(max = 100) String candidateRef, @NotNull @Size(max = 10) String option,
            @NotNull @Size(max = 80) String share, @NotNull Wire.ProofJson proof) {
    }

    @Schema(name = "BoardDecryptionsRequest", requiredProperties = {"round", "shares"}, description = "One partial decryption per total of the round's encrypted tally")
    public record DecryptionsRequest(int round, @NotNull @Size(max = 3 * 500) List<@Valid @NotNull Decryption> shares) {
    }
}
