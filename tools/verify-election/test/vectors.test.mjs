// The server's deterministic vectors (docs/ballot-crypto-vectors.json on feature/ballot-server, made by the backend's
// BallotCryptoVectorsTest with BouncyCastle; copied to test/fixtures). The verifier must accept every proof in them and
// recompute every hash, tracker and count; the test maker, fed the same secrets and nonces, must produce the same bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { G, H, challenge, int, pt, readPoint, readScalar, sc, str, bytesToHex, mul } from '../lib/group.mjs';
import { addCiphertexts, smallLog, trackerOf, verifyDecryptionProof, verifyKeyProof, verifyRangeProof } from '../lib/proofs.mjs';
import { encrypt, keyProof, makeBallot, partialDecryption, rangeProof, serverShare } from './support/make-bulletin.mjs';
import { p256 } from '@noble/curves/nist.js';

const V = JSON.parse(readFileSync(new URL('./fixtures/ballot-crypto-vectors.json', import.meta.url), 'utf8'));
const big = (hex) => BigInt('0x' + hex);
/** Hands out the given scalars in order, as the vectors drew them. */
const fixedRng = (hexes) => {
  const queue = [...hexes];
  return () => {
    assert.ok(queue.length > 0, 'more nonces drawn than the vectors hold');
    return big(queue.shift());
  };
};
const ct = (c) => ({ alpha: readPoint(c.alpha, 'alpha'), beta: readPoint(c.beta, 'beta') });
const rangeOf = (p) => ({ lo: p.lo, hi: p.hi, c: p.c.map((x) => readScalar(x, 'c')), v: p.v.map((x) => readScalar(x, 'v')) });
const sameCt = (a, b) => assert.deepEqual({ alpha: a.alpha.toHex(true), beta: a.beta.toHex(true) }, b);

describe('the server\'s vectors', () => {
  it('are the expected format', () => assert.equal(V.format, 'thidua-ballot-crypto-vectors/1'));

  it('hash: the verifier\'s H and challenge give the same digests', () => {
    for (const h of V.hash) {
      const parts = h.parts.map((p) => ('text' in p ? str(p.text) : 'integer' in p ? int(p.integer)
        : 'point' in p ? pt(readPoint(p.point, 'part')) : sc(big(p.scalar))));
      const digest = H(h.tag, ...parts);
      assert.equal(bytesToHex(digest), h.digest);
      assert.equal(challenge(digest), big(h.challenge));
    }
  });

  it('server share: HKDF-SHA256 of the configured secret gives the same share and key', () => {
    const s = serverShare(V.serverShare.configuredSecret, V.serverShare.sessionId);
    assert.equal(s, big(V.serverShare.secret));
    assert.equal(G.multiply(s).toHex(true), V.serverShare.publicKey);
  });

  it('guardians: every key proof verifies, is reproduced byte for byte, and the keys sum to the election key', () => {
    let K = null;
    for (const g of V.guardians) {
      const Ki = readPoint(g.publicKey, 'publicKey');
      assert.equal(verifyKeyProof(g.sessionId, g.guardianId, Ki, { c: big(g.proof.c), v: big(g.proof.v) }), true);
      assert.equal(verifyKeyProof(g.sessionId, 'someone-else', Ki, { c: big(g.proof.c), v: big(g.proof.v) }), false);
      assert.deepEqual(keyProof(g.sessionId, g.guardianId, big(g.secret), fixedRng([g.u])), { publicKey: g.publicKey, proof: g.proof });
      K = K ? K.add(Ki) : Ki;
    }
    assert.equal(K.toHex(true), V.electionKey);
  });

  it('encryption: the same ciphertext', () => {
    const e = V.encryption;
    sameCt(encrypt(e.m, big(e.r), readPoint(e.key, 'key')), e.ciphertext);
  });

  it('range proofs: every one verifies, fails when altered, and is reproduced byte for byte', () => {
    for (const r of V.rangeProofs) {
      const K = readPoint(r.key, 'key');
      const c = ct(r.ciphertext);
      assert.equal(verifyRangeProof(r.sessionId, r.round, r.label, K, c, rangeOf(r.proof)), true, r.label);
      assert.equal(verifyRangeProof(r.sessionId, r.round + 1, r.label, K, c, rangeOf(r.proof)), false, `${r.label} in another round`);
      sameCt(encrypt(r.m, big(r.r), K), r.ciphertext);
      const drawn = [];
      for (let j = r.lo; j <= r.hi; j++) if (j !== r.m) drawn.push(r.simulatedC[j - r.lo], r.simulatedV[j - r.lo]);
      drawn.push(r.u);
      assert.deepEqual(rangeProof(r.sessionId, r.round, r.label, K, c, r.m, big(r.r), r.lo, r.hi, fixedRng(drawn)), r.proof, r.label);
    }
  });

  it('ballot: every proof verifies, the tracker is the same, and the ballot is reproduced byte for byte', () => {
    const { rules, choices, nonces, ballot, tracker } = V.ballot;
    const K = readPoint(rules.electionKey, 'electionKey');
    const yes = [];
    for (const c of ballot.candidates) {
      const sum = [];
      for (const option of ['YES', 'NO', 'ABSTAIN']) {
        const s = c.selections[option];
        assert.equal(verifyRangeProof(rules.sessionId, rules.round, `${c.candidateRef}/${option}`, K, ct(s.ciphertext), rangeOf(s.proof)), true);
        sum.push(ct(s.ciphertext));
      }
      assert.equal(verifyRangeProof(rules.sessionId, rules.round, `${c.candidateRef}/SUM`, K, addCiphertexts(sum), rangeOf(c.sumProof)), true);
      yes.push(sum[0]);
    }
    assert.deepEqual([ballot.yesTotalProof.lo, ballot.yesTotalProof.hi], [0, rules.maxChoices]);
    assert.equal(verifyRangeProof(rules.sessionId, rules.round, 'YES-TOTAL', K, addCiphertexts(yes), rangeOf(ballot.yesTotalProof)), true);
    const parsed = ballot.candidates.map((c) => ({
      selections: Object.fromEntries(['YES', 'NO', 'ABSTAIN'].map((o) => [o, { ciphertext: ct(c.selections[o].ciphertext) }])),
    }));
    assert.equal(trackerOf(rules.sessionId, rules.round, parsed), tracker);
    const made = makeBallot({ sessionId: rules.sessionId, round: rules.round, refs: rules.candidateRefs, K, maxChoices: rules.maxChoices,
      abstainAllowed: rules.abstainAllowed }, choices, fixedRng(nonces));
    assert.deepEqual(made, { tracker, ballot });
  });

  it('partial decryption: the total, every share\'s proof, the reproduced shares and the count agree', () => {
    const d = V.partialDecryption;
    const K = readPoint(d.electionKey, 'electionKey');
    const total = addCiphertexts(d.encryptions.map((e) => encrypt(e.m, big(e.r), K)));
    sameCt(total, d.total);
    const keys = new Map(V.guardians.map((g) => [g.guardianId, g]));
    let combined = total.beta;
    for (const s of d.shares) {
      const g = keys.get(s.guardianId);
      const Ki = readPoint(g.publicKey, 'publicKey');
      const Mi = readPoint(s.share.share, 'share');
      const proof = { c: big(s.share.proof.c), v: big(s.share.proof.v) };
      assert.equal(verifyDecryptionProof(d.sessionId, d.round, d.label, s.guardianId, Ki, total, Mi, proof), true, s.guardianId);
      assert.equal(verifyDecryptionProof(d.sessionId, d.round, d.label, s.guardianId, Ki, total, Mi.add(G), proof), false);
      assert.deepEqual(partialDecryption(d.sessionId, d.round, d.label, s.guardianId, big(g.secret), total.alpha, total.beta, fixedRng([s.u])), s.share);
      combined = combined.subtract(Mi);
    }
    assert.equal(smallLog(combined, d.encryptions.length), d.count);
    assert.ok(mul(p256.Point.BASE, BigInt(d.count)).equals(combined));
  });
});
