package vn.gov.moj.thidua.voting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.voting.crypto.Ciphertext;
import vn.gov.moj.thidua.voting.crypto.DecryptionShare;
import vn.gov.moj.thidua.voting.crypto.DiscreteLog;
import vn.gov.moj.thidua.voting.crypto.EncryptedBallot;
import vn.gov.moj.thidua.voting.crypto.Nonces;
import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.ServerShare;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * The homomorphic count of an encrypted round: per candidate and option the ciphertexts of every ballot are added,
 * the guardians' partial decryptions (with their proofs) remove the key, and the small total is found by trying
 * 0, 1, …, ballots. No single ballot is ever decrypted.
 */
@ApplicationScoped
public class EncryptedTally {

    @Inject
    EncryptedBallotBox box;

    @Inject
    ServerGuardian server;

    @Inject
    ObjectMapper json;

    /** The tally entries of the round (a null ciphertext and count 0 when no ballot was cast). */
    public List<EncryptedViews.TallyEntry> count(VotingSession session) {
        List<EncryptedBallot> ballots = box.ballots(session.id, session.round).stream().map(this::read).toList();
        BigInteger secret = server.share(session.id);
        List<EncryptedViews.TallyEntry> entries = new ArrayList<>();
        for (int i = 0; i < session.candidates.size(); i++) {
            String ref = session.candidates.get(i).ref().toString();
            for (int o = 0; o < 3; o++) {
                String option = EncryptedBallot.OPTIONS.get(o);
                entries.add(entry(session, ref, option, sum(ballots, i, o), secret, ballots.size()));
            }
        }
        return entries;
    }

    /** Counts per candidate for {@link TallyPolicy}. */
    public static Map<UUID, TallyPolicy.Counts> counts(List<EncryptedViews.TallyEntry> entries) {
        Map<UUID, long[]> raw = new HashMap<>();
        for (EncryptedViews.TallyEntry e : entries) {
            raw.computeIfAbsent(UUID.fromString(e.candidateRef()), k -> new long[3])[EncryptedBallot.OPTIONS.indexOf(e.option())] = e.count();
        }
        Map<UUID, TallyPolicy.Counts> counts = new HashMap<>();
        raw.forEach((ref, c) -> counts.put(ref, new TallyPolicy.Counts(c[0], c[1], c[2])));
        return counts;
    }

    private EncryptedViews.TallyEntry entry(VotingSession session, String ref, String option, Ciphertext total, BigInteger secret, int ballots) {
        if (total == null) {
            return new EncryptedViews.TallyEntry(ref, option, null, List.of(), 0);
        }
        DecryptionShare.Context ctx = new DecryptionShare.Context(session.id, session.round, ref + "/" + option, ServerShare.GUARDIAN_ID);
        DecryptionShare share = DecryptionShare.create(ctx, secret, total, Nonces.secure());
        if (!share.verify(ctx, P256.mulG(secret), total)) {
            throw new IllegalStateException("the server's partial decryption does not verify");
        }
        OptionalLong count = DiscreteLog.decrypt(total, List.of(share.share()), ballots);
        Wire.ShareJson written = Wire.write(share);
        return new EncryptedViews.TallyEntry(ref, option, Wire.write(total),
                List.of(new EncryptedViews.Share(ServerShare.GUARDIAN_ID, written.share(), written.proof())),
                count.orElseThrow(() -> new IllegalStateException("a total is not a count of ballots")));
    }

    private static Ciphertext sum(List<EncryptedBallot> ballots, int candidate, int option) {
        Ciphertext total = null;
        for (EncryptedBallot b : ballots) {
            Ciphertext ct = b.candidates().get(candidate).selections().get(option).ciphertext();
            total = total == null ? ct : total.add(ct);
        }
        return total;
    }

    private EncryptedBallot read(String ballotJson) {
        try {
            return Wire.read(json.readValue(ballotJson, Wire.BallotJson.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
