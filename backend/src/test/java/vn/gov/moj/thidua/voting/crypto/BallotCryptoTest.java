package vn.gov.moj.thidua.voting.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** The constructions of docs/ballot-crypto.md: honest ballots, keys and shares pass; forged or replayed ones fail. */
class BallotCryptoTest {

    static final UUID SESSION = UUID.fromString("00000000-0000-4000-8000-000000000016");
    static final List<String> REFS = List.of("00000000-0000-4000-8000-0000000000a1", "00000000-0000-4000-8000-0000000000a2",
            "00000000-0000-4000-8000-0000000000a3");
    final Nonces nonces = Nonces.fixed("unit");
    final BigInteger secret = nonces.next();
    final ECPoint key = P256.mulG(secret);
    final BallotRules rules = new BallotRules(SESSION, 1, key, REFS, 2, true);

    @Test
    void an_honest_ballot_passes_and_its_tracker_is_stable() {
        EncryptedBallot ballot = BallotEncryptor.encrypt(rules, List.of(0, 1, 0), nonces);
        assertThat(BallotVerifier.check(ballot, rules)).isEmpty();
        EncryptedBallot roundTrip = Wire.read(Wire.write(ballot));
        assertThat(BallotVerifier.check(roundTrip, rules)).isEmpty();
        assertThat(Tracker.of(roundTrip)).isEqualTo(Tracker.of(ballot)).hasSize(64);
    }

    @Test
    void a_ballot_replayed_into_another_session_or_round_fails() {
        EncryptedBallot ballot = BallotEncryptor.encrypt(rules, List.of(0, 1, 2), nonces);
        EncryptedBallot otherRound = new EncryptedBallot(SESSION, 2, ballot.candidates(), ballot.yesTotalProof());
        BallotRules round2 = new BallotRules(SESSION, 2, key, REFS, 2, true);
        assertThat(BallotVerifier.check(ballot, round2)).contains(BallotRejection.WRONG_ROUND);
        assertThat(BallotVerifier.check(otherRound, round2)).contains(BallotRejection.BAD_SELECTION_PROOF);
        UUID other = UUID.randomUUID();
        EncryptedBallot otherSession = new EncryptedBallot(other, 1, ballot.candidates(), ballot.yesTotalProof());
        assertThat(BallotVerifier.check(otherSession, new BallotRules(other, 1, key, REFS, 2, true))).contains(BallotRejection.BAD_SELECTION_PROOF);
    }

    @Test
    void a_two_in_a_zero_one_slot_cannot_be_proved_and_a_forged_proof_fails() {
        Ciphertext two = Ciphertext.encrypt(key, 2, BigInteger.TEN);
        Statement st = new Statement(SESSION, 1, "x/YES", key, two);
        assertThatThrownBy(() -> RangeProof.create(st, 0, 1, 2, BigInteger.TEN, nonces)).isInstanceOf(IllegalArgumentException.class);
        // a cheating prover that claims m = 1 for a ciphertext of 2 produces a proof that does not verify
        RangeProof cheat = RangeProof.create(st, 0, 1, 1, BigInteger.TEN, nonces);
        assertThat(cheat.verify(st, 0, 1)).isFalse();
        RangeProof honest = RangeProof.create(st, 0, 2, 2, BigInteger.TEN, nonces);
        assertThat(honest.verify(st, 0, 2)).isTrue();
        assertThat(honest.verify(st, 0, 1)).isFalse();
        List<BigInteger> forgedV = new ArrayList<>(honest.v());
        forgedV.set(0, forgedV.get(0).add(BigInteger.ONE));
        assertThat(new RangeProof(0, 2, honest.c(), forgedV).verify(st, 0, 2)).isFalse();
        assertThat(honest.verify(new Statement(SESSION, 1, "y/YES", key, two), 0, 2)).isFalse();
    }

    @Test
    void a_ballot_with_a_two_in_a_slot_or_too_many_yes_is_refused() {
        EncryptedBallot honest = BallotEncryptor.encrypt(rules, List.of(0, 0, 1), nonces);
        // replace the first YES by an encryption of 2 with a proof for [0,2] relabelled [0,1]: fails
        Ciphertext two = Ciphertext.encrypt(key, 2, BigInteger.TWO);
        RangeProof p = RangeProof.create(rules.statement(REFS.get(0) + "/YES", two), 0, 2, 2, BigInteger.TWO, nonces);
        List<EncryptedBallot.CandidateSelections> cs = new ArrayList<>(honest.candidates());
        List<EncryptedBallot.Selection> sel = new ArrayList<>(cs.get(0).selections());
        sel.set(0, new EncryptedBallot.Selection(two, p));
        cs.set(0, new EncryptedBallot.CandidateSelections(REFS.get(0), sel, cs.get(0).sumProof()));
        assertThat(BallotVerifier.check(new EncryptedBallot(SESSION, 1, cs, honest.yesTotalProof()), rules)).contains(BallotRejection.BAD_SELECTION_PROOF);
        // three YES when at most two are allowed: the encryptor cannot even prove it; a proof for [0,3] is refused
        BallotRules three = new BallotRules(SESSION, 1, key, REFS, 3, true);
        EncryptedBallot allYes = BallotEncryptor.encrypt(three, List.of(0, 0, 0), nonces);
        assertThat(BallotVerifier.check(allYes, three)).isEmpty();
        assertThat(BallotVerifier.check(allYes, rules)).contains(BallotRejection.BAD_TOTAL_PROOF);
        assertThatThrownBy(() -> BallotEncryptor.encrypt(rules, List.of(0, 0, 0), nonces)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yes_and_no_for_one_candidate_fail_the_sum_proof_and_missing_candidates_are_refused() {
        EncryptedBallot honest = BallotEncryptor.encrypt(rules, List.of(0, 1, 1), nonces);
        EncryptedBallot other = BallotEncryptor.encrypt(rules, List.of(1, 1, 1), nonces);
        List<EncryptedBallot.CandidateSelections> cs = new ArrayList<>(honest.candidates());
        List<EncryptedBallot.Selection> sel = new ArrayList<>(cs.get(0).selections());
        sel.set(1, other.candidates().get(0).selections().get(1)); // YES=1 and NO=1
        cs.set(0, new EncryptedBallot.CandidateSelections(REFS.get(0), sel, cs.get(0).sumProof()));
        assertThat(BallotVerifier.check(new EncryptedBallot(SESSION, 1, cs, honest.yesTotalProof()), rules)).contains(BallotRejection.BAD_SUM_PROOF);
        EncryptedBallot missing = new EncryptedBallot(SESSION, 1, honest.candidates().subList(0, 2), honest.yesTotalProof());
        assertThat(BallotVerifier.check(missing, rules)).contains(BallotRejection.WRONG_CANDIDATES);
        EncryptedBallot noAbstain = BallotEncryptor.encrypt(rules, List.of(2, 1, 1), nonces);
        assertThat(BallotVerifier.check(noAbstain, new BallotRules(SESSION, 1, key, REFS, 2, false))).contains(BallotRejection.BAD_SELECTION_PROOF);
    }

    @Test
    void a_forbidden_self_vote_needs_its_zero_proof_which_a_yes_cannot_give() {
        BallotRules self = new BallotRules(SESSION, 1, key, REFS, 2, true, REFS.get(1));
        EncryptedBallot ok = BallotEncryptor.encrypt(self, List.of(0, 1, 2), nonces);
        assertThat(BallotVerifier.check(ok, self)).isEmpty();
        assertThat(BallotVerifier.check(Wire.read(Wire.write(ok)), self)).isEmpty();
        assertThat(BallotVerifier.check(ok.stored(), self)).contains(BallotRejection.SELF_VOTE);
        assertThat(BallotVerifier.check(ok.stored(), rules)).isEmpty(); // the stored ballot verifies publicly without it
        assertThatThrownBy(() -> BallotEncryptor.encrypt(self, List.of(1, 0, 2), nonces)).isInstanceOf(IllegalArgumentException.class);
        // a proof for another candidate's YES does not pass for the own one
        BallotRules other = new BallotRules(SESSION, 1, key, REFS, 2, true, REFS.get(0));
        EncryptedBallot forOther = BallotEncryptor.encrypt(other, List.of(1, 0, 2), nonces);
        EncryptedBallot swapped = new EncryptedBallot(SESSION, 1, forOther.candidates(), forOther.yesTotalProof(), forOther.noSelfYesProof());
        assertThat(BallotVerifier.check(swapped, self)).contains(BallotRejection.SELF_VOTE);
    }

    @Test
    void keys_and_partial_decryptions_prove_themselves_and_the_tally_is_exact() {
        BigInteger member = nonces.next();
        KeyProof kp = KeyProof.create(SESSION, "member-1", member, nonces);
        assertThat(kp.verify(SESSION, "member-1", P256.mulG(member))).isTrue();
        assertThat(kp.verify(SESSION, "member-2", P256.mulG(member))).isFalse();
        assertThat(kp.verify(SESSION, "member-1", P256.mulG(member.add(BigInteger.ONE)))).isFalse();

        BigInteger server = ServerShare.derive("test-secret".getBytes(StandardCharsets.UTF_8), SESSION);
        ECPoint k = P256.mulG(server).add(P256.mulG(member)).normalize();
        Ciphertext total = Ciphertext.encrypt(k, 1, BigInteger.valueOf(5)).add(Ciphertext.encrypt(k, 1, BigInteger.valueOf(7)))
                .add(Ciphertext.encrypt(k, 0, BigInteger.valueOf(9)));
        DecryptionShare.Context sc = new DecryptionShare.Context(SESSION, 1, "a/YES", ServerShare.GUARDIAN_ID);
        DecryptionShare.Context mc = new DecryptionShare.Context(SESSION, 1, "a/YES", "member-1");
        DecryptionShare s1 = DecryptionShare.create(sc, server, total, nonces);
        DecryptionShare s2 = DecryptionShare.create(mc, member, total, nonces);
        assertThat(s1.verify(sc, P256.mulG(server), total)).isTrue();
        assertThat(s2.verify(mc, P256.mulG(member), total)).isTrue();
        assertThat(s2.verify(new DecryptionShare.Context(SESSION, 2, "a/YES", "member-1"), P256.mulG(member), total)).isFalse();
        DecryptionShare wrong = new DecryptionShare(s2.share().add(P256.G).normalize(), s2.c(), s2.v());
        assertThat(wrong.verify(mc, P256.mulG(member), total)).isFalse();
        assertThat(DiscreteLog.decrypt(total, List.of(s1.share(), s2.share()), 3)).hasValue(2);
        assertThat(DiscreteLog.decrypt(total, List.of(s1.share()), 3)).isEmpty();
    }

    @Test
    void malformed_points_and_scalars_are_refused() {
        String g = P256.pointHex(P256.G);
        assertThat(P256.point(g)).isEqualTo(P256.G);
        assertThatThrownBy(() -> P256.point("00")).isInstanceOf(CryptoFormatException.class);
        assertThatThrownBy(() -> P256.point("00" + "0".repeat(64))).isInstanceOf(CryptoFormatException.class);
        assertThatThrownBy(() -> P256.point("04" + g.substring(2))).isInstanceOf(CryptoFormatException.class);
        assertThatThrownBy(() -> P256.point("02" + "f".repeat(64))).isInstanceOf(CryptoFormatException.class);
        assertThatThrownBy(() -> P256.point("zz" + g.substring(2))).isInstanceOf(CryptoFormatException.class);
        assertThatThrownBy(() -> P256.scalar(P256.N.toString(16))).isInstanceOf(CryptoFormatException.class);
        assertThatThrownBy(() -> P256.scalar("1")).isInstanceOf(CryptoFormatException.class);
        assertThatThrownBy(() -> P256.pointBytes(P256.CURVE.getInfinity())).isInstanceOf(CryptoFormatException.class);
        assertThat(P256.scalar(P256.scalarHex(BigInteger.ONE))).isEqualTo(BigInteger.ONE);
        Wire.BallotJson json = Wire.write(BallotEncryptor.encrypt(rules, List.of(0, 1, 2), nonces));
        Wire.BallotJson noCandidates = new Wire.BallotJson(json.sessionId(), 1, List.of(), json.yesTotalProof());
        assertThatThrownBy(() -> Wire.read(noCandidates)).isInstanceOf(CryptoFormatException.class);
        Wire.BallotJson badSession = new Wire.BallotJson("not-a-uuid", 1, json.candidates(), json.yesTotalProof());
        assertThatThrownBy(() -> Wire.read(badSession)).isInstanceOf(CryptoFormatException.class);
    }

    @Test
    void the_server_share_is_per_session_and_per_secret() {
        byte[] secret1 = "a".getBytes(StandardCharsets.UTF_8);
        assertThat(ServerShare.derive(secret1, SESSION)).isEqualTo(ServerShare.derive(secret1, SESSION))
                .isNotEqualTo(ServerShare.derive(secret1, UUID.randomUUID()))
                .isNotEqualTo(ServerShare.derive("b".getBytes(StandardCharsets.UTF_8), SESSION));
    }
}
