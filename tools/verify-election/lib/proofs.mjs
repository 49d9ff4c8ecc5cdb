// Verification of the three proofs of docs/ballot-crypto.md. Inputs are already-parsed points and scalars
// (see parse.mjs); each function answers true or false and never throws on a wrong proof.
import { G, H, N, ZERO, challenge, int, mul, pt, small, str } from './group.mjs';

/**
 * Schnorr proof of knowledge of a guardian's secret share ("Election key").
 * a = v·G − c·K_i, then c == H("thidua/key/v1", sessionId, guardianId, K_i, a).
 */
export function verifyKeyProof(sessionId, guardianId, Ki, { c, v }) {
  const a = mul(G, v).subtract(mul(Ki, c));
  if (a.is0()) return false;
  return c === challenge(H('thidua/key/v1', str(sessionId), str(guardianId), pt(Ki), pt(a)));
}

/**
 * Disjunctive Chaum–Pedersen range proof: (alpha, beta) under K holds an integer in [lo, hi].
 * For each j: a_j = v_j·G − c_j·α, b_j = v_j·K − c_j·(β − j·G); accept when
 * Σ c_j == H("thidua/range/v1", sessionId, round, label, K, α, β, lo, hi, a_lo, b_lo, …, a_hi, b_hi) mod n.
 * @param {{lo:number, hi:number, c:bigint[], v:bigint[]}} proof
 */
export function verifyRangeProof(sessionId, round, label, K, { alpha, beta }, proof) {
  const { lo, hi, c, v } = proof;
  const count = hi - lo + 1;
  if (count < 1 || c.length !== count || v.length !== count) return false;
  const parts = [];
  let sum = 0n;
  for (let i = 0; i < count; i++) {
    const j = lo + i;
    const a = mul(G, v[i]).subtract(mul(alpha, c[i]));
    const b = mul(K, v[i]).subtract(mul(j === 0 ? beta : beta.subtract(small(j)), c[i]));
    if (a.is0() || b.is0()) return false;
    parts.push(pt(a), pt(b));
    sum = (sum + c[i]) % N;
  }
  const expected = challenge(H('thidua/range/v1', str(sessionId), int(round), str(label), pt(K), pt(alpha), pt(beta),
    int(lo), int(hi), ...parts));
  return sum === expected;
}

/**
 * Chaum–Pedersen proof that log_G K_i = log_A M_i (a correct partial decryption).
 * a = v·G − c·K_i, b = v·A − c·M_i, c == H("thidua/decrypt/v1", sessionId, round, label, guardianId, K_i, A, B, M_i, a, b).
 */
export function verifyDecryptionProof(sessionId, round, label, guardianId, Ki, { alpha: A, beta: B }, Mi, { c, v }) {
  const a = mul(G, v).subtract(mul(Ki, c));
  const b = mul(A, v).subtract(mul(Mi, c));
  if (a.is0() || b.is0()) return false;
  return c === challenge(H('thidua/decrypt/v1', str(sessionId), int(round), str(label), str(guardianId),
    pt(Ki), pt(A), pt(B), pt(Mi), pt(a), pt(b)));
}

/** Component-wise sum of ciphertexts (the point at infinity for an empty list). */
export function addCiphertexts(list) {
  let alpha = ZERO;
  let beta = ZERO;
  for (const ct of list) {
    alpha = alpha.add(ct.alpha);
    beta = beta.add(ct.beta);
  }
  return { alpha, beta };
}

/** Tracker: hex of H("thidua/tracker/v1", sessionId, round, α, β for each candidate in order, YES, NO, ABSTAIN). */
export function trackerOf(sessionId, round, candidates) {
  const parts = [];
  for (const cand of candidates) {
    for (const option of ['YES', 'NO', 'ABSTAIN']) {
      const ct = cand.selections[option].ciphertext;
      parts.push(pt(ct.alpha), pt(ct.beta));
    }
  }
  return Buffer.from(H('thidua/tracker/v1', str(sessionId), int(round), ...parts)).toString('hex');
}

/** The t in 0…max with t·G == P (P the point at infinity means 0), or null. */
export function smallLog(P, max) {
  if (P.is0()) return 0;
  let acc = G;
  for (let t = 1; t <= max; t++) {
    if (acc.equals(P)) return t;
    acc = acc.add(G);
  }
  return null;
}
