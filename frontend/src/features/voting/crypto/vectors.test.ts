import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
// The server's vectors (docs/ballot-crypto-vectors.json, made by BallotCryptoVectorsTest), copied unchanged.
import vectors from '../../../../../docs/ballot-crypto-vectors.json';
import { ballotTracker, checkBallot, encryptBallot, type BallotOption, type BallotSpec } from './ballot';
import { G, bytesToBigInt, mod, mul, pointFromHex, pointToHex, scalarFromHex, scalarToHex } from './codec';
import { addCiphertexts, ciphertextToJson, encrypt } from './elgamal';
import { combineCount, electionKey, partialDecrypt, partialDecryptionToJson, proveKey, scalarProofToJson, verifyKey, verifyPartialDecryption } from './guardian';
import { type Part, challenge, hashHex, int, pt, sc, str } from './hash';
import { proveRange, rangeProofFromJson, rangeProofToJson, verifyRange } from './range-proof';

const scalar = (hex: string | null) => (hex === null ? 0n : scalarFromHex(hex));

describe('the server\'s test vectors', () => {
  it('has the expected format', () => {
    expect(vectors.format).toBe('thidua-ballot-crypto-vectors/1');
  });

  it.each(vectors.hash.map((h, i) => [i, h] as const))('hash %i: same digest and challenge', (_, h) => {
    const parts: Part[] = (h.parts as { text?: string; integer?: number; point?: string; scalar?: string }[]).map((p) => {
      if (p.text !== undefined) return str(p.text);
      if (p.integer !== undefined) return int(p.integer);
      if (p.point !== undefined) return pt(pointFromHex(p.point));
      return sc(scalarFromHex(p.scalar));
    });
    expect(hashHex(h.tag, ...parts)).toBe(h.digest);
    expect(scalarToHex(challenge(h.tag, ...parts))).toBe(h.challenge);
  });

  it('derives the same server share (HKDF-SHA256) as the server', () => {
    const s = vectors.serverShare;
    const okm = hkdf(sha256, utf8ToBytes(s.configuredSecret), new Uint8Array(0), concatBytes(utf8ToBytes('thidua/server-share/v1'), utf8ToBytes(s.sessionId)), 48);
    expect(scalarToHex(mod(bytesToBigInt(okm)))).toBe(s.secret);
    expect(pointToHex(mul(G, scalarFromHex(s.secret)))).toBe(s.publicKey);
  });

  it('makes the same key proofs from the same nonces, and the election key as their sum', () => {
    for (const g of vectors.guardians) {
      const secret = scalarFromHex(g.secret);
      expect(pointToHex(mul(G, secret))).toBe(g.publicKey);
      const proof = proveKey(g.sessionId, g.guardianId, secret, scalarFromHex(g.u));
      expect(scalarProofToJson(proof)).toEqual(g.proof);
      expect(verifyKey(g.sessionId, g.guardianId, pointFromHex(g.publicKey), proof)).toBe(true);
      expect(verifyKey(g.sessionId, `${g.guardianId}x`, pointFromHex(g.publicKey), proof)).toBe(false);
    }
    expect(pointToHex(electionKey(vectors.guardians.map((g) => pointFromHex(g.publicKey))))).toBe(vectors.electionKey);
  });

  it('encrypts to the same ciphertext', () => {
    const e = vectors.encryption;
    expect(ciphertextToJson(encrypt(pointFromHex(e.key), e.m, scalarFromHex(e.r)))).toEqual(e.ciphertext);
  });

  it.each(vectors.rangeProofs.map((r) => [`${r.label} [${r.lo},${r.hi}] m=${r.m}`, r] as const))('range proof %s: same proof, verified', (_, r) => {
    const ctx = { sessionId: r.sessionId, round: r.round, key: pointFromHex(r.key) };
    const ct = encrypt(ctx.key, r.m, scalarFromHex(r.r));
    expect(ciphertextToJson(ct)).toEqual(r.ciphertext);
    const proof = proveRange(ctx, r.label, ct, r.m, scalarFromHex(r.r), r.lo, r.hi, {
      u: scalarFromHex(r.u),
      c: r.simulatedC.map(scalar),
      v: r.simulatedV.map(scalar),
    });
    expect(rangeProofToJson(proof)).toEqual(r.proof);
    expect(verifyRange(ctx, r.label, ct, rangeProofFromJson(r.proof))).toBe(true);
    expect(verifyRange({ ...ctx, round: r.round + 1 }, r.label, ct, rangeProofFromJson(r.proof))).toBe(false);
  });

  it('encrypts the same ballot from the same nonces, with the same tracker, and checks it', () => {
    const b = vectors.ballot;
    const spec: BallotSpec = { ...b.rules, electionKey: pointFromHex(b.rules.electionKey) };
    const choices = Object.fromEntries(b.rules.candidateRefs.map((ref, i) => [ref, b.choices[i] as BallotOption]));
    let k = 0;
    const ballot = encryptBallot(spec, choices, () => scalarFromHex(b.nonces[k++]));
    expect(k).toBe(b.nonces.length);
    expect(ballot).toEqual(b.ballot);
    expect(ballotTracker(ballot)).toBe(b.tracker);
    expect(checkBallot(spec, b.ballot as typeof ballot)).toBeNull();
    const forged = structuredClone(b.ballot) as typeof ballot;
    forged.candidates[0].selections.YES.proof.c.reverse();
    expect(checkBallot(spec, forged)).toBe(`bad proof ${b.rules.candidateRefs[0]}/YES`);
  });

  it('makes the same partial decryptions from the same nonces, and recovers the count', () => {
    const d = vectors.partialDecryption;
    const key = pointFromHex(d.electionKey);
    const total = addCiphertexts(d.encryptions.map((e) => encrypt(key, e.m, scalarFromHex(e.r))));
    expect(ciphertextToJson(total)).toEqual(d.total);
    const shares = d.shares.map((s) => {
      const g = vectors.guardians.find((x) => x.guardianId === s.guardianId)!;
      const ctx = { sessionId: d.sessionId, round: d.round, label: d.label, guardianId: s.guardianId, publicKey: pointFromHex(g.publicKey) };
      const pd = partialDecrypt(ctx, total, scalarFromHex(g.secret), scalarFromHex(s.u));
      expect(partialDecryptionToJson(pd)).toEqual(s.share);
      expect(verifyPartialDecryption(ctx, total, pd)).toBe(true);
      expect(verifyPartialDecryption({ ...ctx, label: `${d.label}x` }, total, pd)).toBe(false);
      return pd.share;
    });
    expect(combineCount(total, shares, d.encryptions.length)).toBe(d.count);
  });
});
