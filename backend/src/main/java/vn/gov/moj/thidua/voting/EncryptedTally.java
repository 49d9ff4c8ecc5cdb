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

import org.bouncycastle.math.ec.ECPoint;

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
 * the counting board's and the server's partial decryptions (with their proofs) remove the key, and the small total is found by trying
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

    /** The round's summed ciphertexts in candidate, option order; none when no ballot was cast. */
    public BoardViews.Tally totals(VotingSession session) {
        List<EncryptedBallot> ballots = ballots(session);
        List<BoardViews.Total> totals = new ArrayList<>();
        if (!ballots.isEmpty()) {
            for (int i = 0; i < session.candidates.size(); i++) {
                for (int o = 0; o < 3; o++) {
                    totals.add(new BoardViews.Total(session.candidates.get(i).ref().toString(), EncryptedBallot.OPTIONS.get(o),
                            Wire.write(sum(ballots, i, o))));
                }
            }
        }
        return new BoardViews.Tally(session.id, session.round, ballots.size(), totals);
    }

    /**
     * The tally entries of the round (a null ciphertext and count 0 when no ballot was cast): the members' partial
     * decryptions (checked when posted), then the server's, combined; the count found by trying 0…ballots.
     */
    public List<EncryptedViews.TallyEntry> count(VotingSession session, List<BoardMember> members) {
        List<EncryptedBallot> ballots = ballots(session);
        BigInteger secret = server.share(session.id);
        List<EncryptedViews.TallyEntry> entries = new ArrayList<>();
        for (int i = 0; i < session.candidates.size(); i++) {
            String ref = session.candidates.get(i).ref().toString();
            for (int o = 0; o < 3; o++) {
                String option = EncryptedBallot.OPTIONS.get(o);
                List<EncryptedViews.Share> shares = new ArrayList<>();
                for (BoardMember m : members) {
                    m.decryptions.stream().filter(d -> d.candidateRef().equals(ref) && d.option().equals(option)).findFirst()
                            .ifPresent(d -> shares.add(new EncryptedViews.Share(m.guardianId(), d.share(), d.proof())));
                }
                entries.add(entry(session, ref, option, ballots.isEmpty() ? null : sum(ballots, i, o), shares, secret, ballots.size()));
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

    private EncryptedViews.TallyEntry entry(VotingSession session, String ref, String option, Ciphertext total, List<EncryptedViews.Share> members,
            BigInteger secret, int ballots) {
        if (total == null) {
            return new EncryptedViews.TallyEntry(ref, option, null, List.of(), 0);
        }
        DecryptionShare.Context ctx = new DecryptionShare.Context(session.id, session.round, ref + "/" + option, ServerShare.GUARDIAN_ID);
        DecryptionShare share = DecryptionShare.create(ctx, secret, total, Nonces.secure());
        if (!share.verify(ctx, P256.mulG(secret), total)) {
            throw new IllegalStateException("the server's partial decryption does not verify");
        }
        List<EncryptedViews.Share> shares = new ArrayList<>();
        List<ECPoint> points = new ArrayList<>();
        Wire.ShareJson written = Wire.write(share);
        shares.add(new EncryptedViews.Share(ServerShare.GUARDIAN_ID, written.share(), written.proof()));
        points.add(share.share());
        for (EncryptedViews.Share m : members) {
            shares.add(m);
            points.add(P256.point(m.share()));
        }
        OptionalLong count = DiscreteLog.decrypt(total, points, ballots);
        return new EncryptedViews.TallyEntry(ref, option, Wire.write(total), shares,
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

    private List<EncryptedBallot> ballots(VotingSession session) {
        return box.ballots(session.id, session.round).stream().map(this::read).toList();
    }

    private EncryptedBallot read(String ballotJson) {
        try {
            return Wire.read(json.readValue(ballotJson, Wire.BallotJson.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
