// Issue 16: the CPU cost of checking one encrypted 11-candidate ballot on the server (BallotVerifier, all 45 range
// proofs), with the election key as one shared object (its fixed-base table reused, as CastingManifests keeps it) and
// as a fresh object per ballot (the key re-read for every cast, as before). Single thread.
//   java -cp "backend/target/classes:$(cat backend/target/dev-classpath.txt)" bench/VerifyCost.java [BALLOTS]
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.BallotVerifier;
import vn.gov.moj.thidua.voting.crypto.BallotEncryptor;
import vn.gov.moj.thidua.voting.crypto.EncryptedBallot;
import vn.gov.moj.thidua.voting.crypto.Nonces;
import vn.gov.moj.thidua.voting.crypto.P256;

public class VerifyCost {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SecureRandom random = new SecureRandom();
        UUID session = UUID.randomUUID();
        var key = P256.mulG(P256.randomScalar(random));
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            refs.add(UUID.randomUUID().toString());
        }
        BallotRules rules = new BallotRules(session, 1, key, refs, 3, true);
        Nonces nonces = () -> P256.randomScalar(random);
        List<EncryptedBallot> ballots = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            List<Integer> choices = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                choices.add(i < 3 ? 0 : 1 + (i % 2));
            }
            ballots.add(BallotEncryptor.encrypt(rules, choices, nonces));
        }
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            long shared = 0, fresh = 0;
            for (EncryptedBallot ballot : ballots) {
                long t0 = System.nanoTime();
                if (BallotVerifier.check(ballot, rules).isPresent()) throw new IllegalStateException("refused");
                long t1 = System.nanoTime();
                BallotRules again = new BallotRules(session, 1, P256.point(P256.pointHex(key)), refs, 3, true);
                if (BallotVerifier.check(ballot, again).isPresent()) throw new IllegalStateException("refused");
                long t2 = System.nanoTime();
                shared += t1 - t0;
                fresh += t2 - t1;
            }
            if (round == 1) {
                System.out.printf(java.util.Locale.ROOT, "{\"ballots\":%d,\"sharedKeyMsPerBallot\":%.1f,\"freshKeyMsPerBallot\":%.1f}%n",
                        n, shared / 1e6 / n, fresh / 1e6 / n);
            }
        }
    }
}
