import { CryptoFormatError, G, Point, mod, mul, mulPublic, scalarFromHex, scalarToHex } from './codec';
import type { Ciphertext } from './elgamal';
import { challenge, int, pt, str } from './hash';
import { type ScalarSource, randomScalar } from './random';

const TAG = 'thidua/range/v1';

/** What a range proof is bound to: the session, the round, the statement's label and the election key. */
export type ProofContext = { sessionId: string; round: number; key: Point };

export type RangeProof = { lo: number; hi: number; c: bigint[]; v: bigint[] };
export type RangeProofJson = { lo: number; hi: number; c: string[]; v: string[] };

/**
 * The prover's random values: `u` for the true branch, `c[j−lo]`/`v[j−lo]` for the simulated ones (the entries at
 * the true branch are ignored). Normally drawn from a ScalarSource in the order of docs/ballot-crypto-vectors.json:
 * `c_j` then `v_j` for each j ≠ m ascending, then `u`; given explicitly only to reproduce test vectors.
 */
export type RangeNonces = { u: bigint; c: bigint[]; v: bigint[] };

export function drawRangeNonces(lo: number, hi: number, m: number, rand: ScalarSource = randomScalar): RangeNonces {
  const nonces: RangeNonces = { u: 0n, c: [], v: [] };
  for (let j = lo; j <= hi; j++) {
    nonces.c.push(j === m ? 0n : rand());
    nonces.v.push(j === m ? 0n : rand());
  }
  nonces.u = rand();
  return nonces;
}

function rangeChallenge(ctx: ProofContext, label: string, ct: Ciphertext, lo: number, hi: number, commitments: Point[]): bigint {
  return challenge(TAG, str(ctx.sessionId), int(ctx.round), str(label), pt(ctx.key), pt(ct.alpha), pt(ct.beta), int(lo), int(hi), ...commitments.map(pt));
}

/**
 * Disjunctive Chaum–Pedersen proof that `ct = Enc(m; r)` holds an integer in [lo, hi] (docs/ballot-crypto.md,
 * "Range proof"). Secret-dependent multiplications are constant-time.
 */
export function proveRange(
  ctx: ProofContext,
  label: string,
  ct: Ciphertext,
  m: number,
  r: bigint,
  lo: number,
  hi: number,
  nonces: RangeNonces = drawRangeNonces(lo, hi, m),
): RangeProof {
  if (!(Number.isInteger(lo) && Number.isInteger(hi) && lo >= 0 && lo <= hi)) throw new CryptoFormatError('bad range');
  if (!(Number.isInteger(m) && m >= lo && m <= hi)) throw new CryptoFormatError('value outside the range it proves');
  // The prover knows r, so every commitment is a multiple of G or K, the two points with precomputed tables:
  // a_j = v_j·G − c_j·α = (v_j − c_j·r)·G and b_j = v_j·K − c_j·(β − j·G) = (v_j − c_j·r)·K + c_j·(j − m)·G.
  const commitments: Point[] = [];
  for (let j = lo; j <= hi; j++) {
    const i = j - lo;
    if (j === m) {
      commitments.push(mul(G, nonces.u), mul(ctx.key, nonces.u));
    } else {
      const w = mod(nonces.v[i] - nonces.c[i] * r);
      commitments.push(mul(G, w), mul(ctx.key, w).add(mul(G, nonces.c[i] * BigInt(j - m))));
    }
  }
  const total = rangeChallenge(ctx, label, ct, lo, hi, commitments);
  const c = nonces.c.map((x) => mod(x));
  const v = nonces.v.map((x) => mod(x));
  const im = m - lo;
  c[im] = mod(total - c.reduce((sum, x, i) => (i === im ? sum : sum + x), 0n));
  v[im] = mod(nonces.u + c[im] * r);
  return { lo, hi, c, v };
}

/**
 * The election key with a precomputed multiplication table (window 6), so the ~115 multiples of K a ballot needs
 * cost about as much as multiples of G. Build it once per page, while the voter marks the ballot.
 */
export function prepareKey(key: Point): Point {
  if (prepared.has(key)) return key;
  const copy = Point.fromAffine(key.toAffine()).precompute(6, false);
  prepared.add(copy);
  return copy;
}

const prepared = new WeakSet<Point>();

/** True when the proof shows `ct` holds an integer in [lo, hi] (the caller checks lo/hi are the statement's). */
export function verifyRange(ctx: ProofContext, label: string, ct: Ciphertext, proof: RangeProof): boolean {
  const { lo, hi, c, v } = proof;
  if (!(Number.isInteger(lo) && Number.isInteger(hi) && lo >= 0 && lo <= hi)) return false;
  if (c.length !== hi - lo + 1 || v.length !== hi - lo + 1) return false;
  const commitments: Point[] = [];
  for (let j = lo; j <= hi; j++) {
    const i = j - lo;
    const a = mulPublic(G, v[i]).subtract(mulPublic(ct.alpha, c[i]));
    const target = j === 0 ? ct.beta : ct.beta.subtract(mulPublic(G, BigInt(j)));
    const b = mulPublic(ctx.key, v[i]).subtract(mulPublic(target, c[i]));
    if (a.is0() || b.is0()) return false;
    commitments.push(a, b);
  }
  return mod(c.reduce((sum, x) => sum + x, 0n)) === rangeChallenge(ctx, label, ct, lo, hi, commitments);
}

export function rangeProofToJson(p: RangeProof): RangeProofJson {
  return { lo: p.lo, hi: p.hi, c: p.c.map(scalarToHex), v: p.v.map(scalarToHex) };
}

export function rangeProofFromJson(json: unknown): RangeProof {
  const p = json as Partial<RangeProofJson> | null;
  if (!p || typeof p !== 'object' || !Number.isInteger(p.lo) || !Number.isInteger(p.hi) || !Array.isArray(p.c) || !Array.isArray(p.v)) {
    throw new CryptoFormatError('malformed range proof');
  }
  return { lo: p.lo!, hi: p.hi!, c: p.c.map(scalarFromHex), v: p.v.map(scalarFromHex) };
}
