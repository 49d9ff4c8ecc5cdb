package vn.gov.moj.thidua.voting.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON shapes of docs/ballot-crypto.md (hex strings) and their exact conversion to and from the decoded
 * records. Decoding refuses, with {@link CryptoFormatException}, anything malformed: bad hex, infinity, off-curve
 * points, scalars ≥ n, missing parts.
 */
public final class Wire {

    private Wire() {
    }

    @Schema(name = "ElGamalCiphertext", description = "Exponential ElGamal ciphertext, compressed P-256 points in hex")
    public record CiphertextJson(String alpha, String beta) {
    }

    @Schema(name = "RangeProof", description = "Disjunctive Chaum–Pedersen proof that the ciphertext holds an integer in [lo, hi]")
    public record RangeProofJson(int lo, int hi, List<String> c, List<String> v) {
    }

    @Schema(name = "EncryptedSelection")
    public record SelectionJson(CiphertextJson ciphertext, RangeProofJson proof) {
    }

    @Schema(name = "EncryptedCandidate", description = "selections has exactly the keys YES, NO and ABSTAIN")
    public record CandidateJson(String candidateRef, Map<String, SelectionJson> selections, RangeProofJson sumProof) {
    }

    @Schema(name = "EncryptedBallot", description = "A ballot encrypted in the voter's browser; see docs/ballot-crypto.md")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BallotJson(String sessionId, int round, List<CandidateJson> candidates, RangeProofJson yesTotalProof,
            @Schema(description = "Cast request only, when self-votes are forbidden: [0,0] proof of the voter's own candidate's YES "
                    + "(label <candidateRef>/YES-SELF); checked, never stored or published") RangeProofJson noSelfYesProof) {

        public BallotJson(String sessionId, int round, List<CandidateJson> candidates, RangeProofJson yesTotalProof) {
            this(sessionId, round, candidates, yesTotalProof, null);
        }
    }

    @Schema(name = "SchnorrProof", description = "Challenge and response, scalars in hex")
    public record ProofJson(String c, String v) {
    }

    @Schema(name = "PartialDecryption", description = "M_i = s_i·A with its Chaum–Pedersen proof")
    public record ShareJson(String share, ProofJson proof) {
    }

    public static CiphertextJson write(Ciphertext ct) {
        return new CiphertextJson(P256.pointHex(ct.alpha()), P256.pointHex(ct.beta()));
    }

    public static Ciphertext read(CiphertextJson json) {
        require(json);
        return new Ciphertext(P256.point(json.alpha()), P256.point(json.beta()));
    }

    public static RangeProofJson write(RangeProof proof) {
        return new RangeProofJson(proof.lo(), proof.hi(), proof.c().stream().map(P256::scalarHex).toList(),
                proof.v().stream().map(P256::scalarHex).toList());
    }

    public static RangeProof read(RangeProofJson json) {
        require(json);
        require(json.c());
        require(json.v());
        if (json.c().size() > RangeProof.MAX_WIDTH + 1 || json.v().size() > RangeProof.MAX_WIDTH + 1) {
            throw new CryptoFormatException("range proof too long");
        }
        return new RangeProof(json.lo(), json.hi(), json.c().stream().map(P256::scalar).toList(), json.v().stream().map(P256::scalar).toList());
    }

    public static ProofJson write(KeyProof proof) {
        return new ProofJson(P256.scalarHex(proof.c()), P256.scalarHex(proof.v()));
    }

    public static KeyProof readKeyProof(ProofJson json) {
        require(json);
        return new KeyProof(P256.scalar(json.c()), P256.scalar(json.v()));
    }

    public static ShareJson write(DecryptionShare share) {
        return new ShareJson(P256.pointHex(share.share()), new ProofJson(P256.scalarHex(share.c()), P256.scalarHex(share.v())));
    }

    public static DecryptionShare read(ShareJson json) {
        require(json);
        require(json.proof());
        return new DecryptionShare(P256.point(json.share()), P256.scalar(json.proof().c()), P256.scalar(json.proof().v()));
    }

    public static BallotJson write(EncryptedBallot ballot) {
        List<CandidateJson> candidates = new ArrayList<>();
        for (EncryptedBallot.CandidateSelections c : ballot.candidates()) {
            Map<String, SelectionJson> selections = new LinkedHashMap<>();
            for (int o = 0; o < 3; o++) {
                EncryptedBallot.Selection s = c.selections().get(o);
                selections.put(EncryptedBallot.OPTIONS.get(o), new SelectionJson(write(s.ciphertext()), write(s.proof())));
            }
            candidates.add(new CandidateJson(c.candidateRef(), selections, write(c.sumProof())));
        }
        return new BallotJson(ballot.sessionId().toString(), ballot.round(), candidates, write(ballot.yesTotalProof()),
                ballot.noSelfYesProof() == null ? null : write(ballot.noSelfYesProof()));
    }

    public static EncryptedBallot read(BallotJson json) {
        require(json);
        require(json.candidates());
        List<EncryptedBallot.CandidateSelections> candidates = new ArrayList<>();
        for (CandidateJson c : json.candidates()) {
            require(c);
            require(c.candidateRef());
            require(c.selections());
            if (c.selections().size() != 3) {
                throw new CryptoFormatException("a candidate has exactly the selections YES, NO and ABSTAIN");
            }
            List<EncryptedBallot.Selection> selections = new ArrayList<>();
            for (String option : EncryptedBallot.OPTIONS) {
                SelectionJson s = c.selections().get(option);
                require(s);
                selections.add(new EncryptedBallot.Selection(read(s.ciphertext()), read(s.proof())));
            }
            candidates.add(new EncryptedBallot.CandidateSelections(c.candidateRef(), selections, read(c.sumProof())));
        }
        if (candidates.isEmpty()) {
            throw new CryptoFormatException("a ballot has candidates");
        }
        return new EncryptedBallot(uuid(json.sessionId()), json.round(), candidates, read(json.yesTotalProof()),
                json.noSelfYesProof() == null ? null : read(json.noSelfYesProof()));
    }

    public static UUID uuid(String text) {
        require(text);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new CryptoFormatException("not a UUID");
        }
    }


    private static void require(Object part) {
        if (part == null) {
            throw new CryptoFormatException("a required part is missing");
        }
    }
}
