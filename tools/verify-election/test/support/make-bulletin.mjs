// A bulletin maker for the verifier's tests, written from docs/ballot-crypto.md on its own (it does not import the
// verifier's lib/, so a mistake in one is not silently mirrored in the other; the server's vectors check both).
// It plays every role: guardians (key shares and proofs), voters (encryption and range proofs), the server
// (homomorphic tally) and the guardians again (partial decryptions). Randomness is deterministic from a seed.
// Test code only: it uses noble's variable-time multiplication even for secrets, for speed.
import { p256 } from '@noble/curves/nist.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const P = p256.Point;
const G = P.BASE;
const n = P.Fn.ORDER;
const OPTIONS = ['YES', 'NO', 'ABSTAIN'];

const mod = (x) => ((x % n) + n) % n;
const hexOf = (point) => point.toHex(true);
const sHex = (k) => k.toString(16).padStart(64, '0');
const smallG = (j) => (j === 0 ? P.ZERO : G.multiplyUnsafe(BigInt(j)));

// H(tag, parts…): SHA-256 over (4-byte big-endian length ‖ bytes) for the tag and each part.
const S = (s) => utf8ToBytes(s);
const I = (i) => Uint8Array.of(i >>> 24, (i >>> 16) & 255, (i >>> 8) & 255, i & 255);
const Pt = (point) => point.toBytes(true);
function H(tag, ...parts) {
  const chunks = [];
  for (const p of [S(tag), ...parts]) chunks.push(I(p.length), p);
  const all = new Uint8Array(chunks.reduce((k, c) => k + c.length, 0));
  let at = 0;
  for (const c of chunks) { all.set(c, at); at += c.length; }
  return sha256(all);
}
const challengeOf = (digest) => BigInt('0x' + bytesToHex(digest)) % n;

/** Deterministic scalars in [1, n) from a seed: SHA-256(seed ‖ counter), 2 blocks, mod n. */
export function seededRng(seed) {
  let counter = 0;
  return () => {
    for (;;) {
      const a = sha256(S(`${seed}/${counter++}`));
      const b = sha256(S(`${seed}/${counter++}`));
      const k = BigInt('0x' + bytesToHex(a) + bytesToHex(b).slice(0, 32)) % n;
      if (k !== 0n) return k;
    }
  };
}

/** The server's share per the doc: HKDF-SHA256(ikm = secret, salt empty, info = tag ‖ sessionId), 48 bytes, mod n. */
export function serverShare(secret, sessionId) {
  const okm = hkdf(sha256, S(secret), new Uint8Array(0), S('thidua/server-share/v1' + sessionId), 48);
  const k = BigInt('0x' + bytesToHex(okm)) % n;
  if (k === 0n) throw new Error('zero share');
  return k;
}

/** Schnorr proof of knowledge of s for K = s·G. */
export function keyProof(sessionId, guardianId, s, rng) {
  const K = G.multiplyUnsafe(s);
  const u = rng();
  const a = G.multiplyUnsafe(u);
  const c = challengeOf(H('thidua/key/v1', S(sessionId), S(guardianId), Pt(K), Pt(a)));
  return { publicKey: hexOf(K), proof: { c: sHex(c), v: sHex(mod(u + c * s)) } };
}

export function encrypt(m, r, K) {
  return { alpha: G.multiplyUnsafe(r), beta: smallG(m).add(K.multiplyUnsafe(r)) };
}

/**
 * Disjunctive Chaum–Pedersen proof that (alpha, beta) holds m in [lo, hi], knowing the nonce r.
 * Draws, like the server's vectors: for each j ≠ m ascending c_j then v_j; then u.
 */
export function rangeProof(sessionId, round, label, K, ct, m, r, lo, hi, rng) {
  if (m < lo || m > hi) throw new Error(`${label}: ${m} is not in [${lo}, ${hi}]`);
  const cs = [];
  const vs = [];
  for (let j = lo; j <= hi; j++) {
    cs.push(j === m ? null : rng());
    vs.push(j === m ? null : rng());
  }
  const u = rng();
  const parts = [];
  for (let j = lo; j <= hi; j++) {
    const k = j - lo;
    if (j === m) {
      parts.push(Pt(G.multiplyUnsafe(u)), Pt(K.multiplyUnsafe(u)));
    } else {
      const a = G.multiplyUnsafe(vs[k]).subtract(ct.alpha.multiplyUnsafe(cs[k]));
      const b = K.multiplyUnsafe(vs[k]).subtract(ct.beta.subtract(smallG(j)).multiplyUnsafe(cs[k]));
      parts.push(Pt(a), Pt(b));
    }
  }
  const c = challengeOf(H('thidua/range/v1', S(sessionId), I(round), S(label), Pt(K), Pt(ct.alpha), Pt(ct.beta),
    I(lo), I(hi), ...parts));
  const k = m - lo;
  cs[k] = mod(c - cs.reduce((acc, x) => (x === null ? acc : acc + x), 0n));
  vs[k] = mod(u + cs[k] * r);
  return { lo, hi, c: cs.map(sHex), v: vs.map(sHex) };
}

const wireCt = (ct) => ({ alpha: hexOf(ct.alpha), beta: hexOf(ct.beta) });

/**
 * One encrypted ballot. choices: one of YES|NO|ABSTAIN per candidate, in order.
 * overrides (to make bad ballots on purpose): sessionId/round bound into the proofs, abstainRange, yesRange.
 */
export function makeBallot({ sessionId, round, refs, K, maxChoices, abstainAllowed }, choices, rng, overrides = {}) {
  const sid = overrides.sessionId ?? sessionId;
  const rnd = overrides.round ?? round;
  const abstainRange = overrides.abstainRange ?? (abstainAllowed ? [0, 1] : [0, 0]);
  const yesRange = overrides.yesRange ?? [0, maxChoices];
  const candidates = [];
  const trackerParts = [];
  let yesSum = { alpha: P.ZERO, beta: P.ZERO };
  let yesNonce = 0n;
  let yesCount = 0;
  refs.forEach((ref, i) => {
    const selections = {};
    let sum = { alpha: P.ZERO, beta: P.ZERO };
    let nonce = 0n;
    for (const option of OPTIONS) {
      const m = choices[i] === option ? 1 : 0;
      const r = rng();
      const ct = encrypt(m, r, K);
      const [lo, hi] = option === 'ABSTAIN' ? abstainRange : [0, 1];
      selections[option] = { ciphertext: wireCt(ct), proof: rangeProof(sid, rnd, `${ref}/${option}`, K, ct, m, r, lo, hi, rng) };
      sum = { alpha: sum.alpha.add(ct.alpha), beta: sum.beta.add(ct.beta) };
      nonce = mod(nonce + r);
      trackerParts.push(Pt(ct.alpha), Pt(ct.beta));
      if (option === 'YES') {
        yesSum = { alpha: yesSum.alpha.add(ct.alpha), beta: yesSum.beta.add(ct.beta) };
        yesNonce = mod(yesNonce + r);
        yesCount += m;
      }
    }
    const sumProof = rangeProof(sid, rnd, `${ref}/SUM`, K, sum, 1, nonce, 1, 1, rng);
    candidates.push({ candidateRef: ref, selections, sumProof });
  });
  const yesTotalProof = rangeProof(sid, rnd, 'YES-TOTAL', K, yesSum, yesCount, yesNonce, yesRange[0], yesRange[1], rng);
  const tracker = bytesToHex(H('thidua/tracker/v1', S(sessionId), I(round), ...trackerParts));
  return { tracker, ballot: { sessionId, round, candidates, yesTotalProof } };
}

/** Chaum–Pedersen proof of a correct partial decryption M = s·A. */
export function partialDecryption(sessionId, round, label, guardianId, s, A, B, rng) {
  const K = G.multiplyUnsafe(s);
  const M = A.multiplyUnsafe(s);
  const u = rng();
  const a = G.multiplyUnsafe(u);
  const b = A.multiplyUnsafe(u);
  const c = challengeOf(H('thidua/decrypt/v1', S(sessionId), I(round), S(label), S(guardianId), Pt(K), Pt(A), Pt(B), Pt(M), Pt(a), Pt(b)));
  return { share: hexOf(M), proof: { c: sHex(c), v: sHex(mod(u + c * s)) } };
}

/**
 * A whole bulletin.
 * @param {object} o
 * @param {string} o.sessionId @param {string} [o.title] @param {number} [o.round]
 * @param {object} o.rules the bulletin's rules object
 * @param {object} o.attendance @param {{ref: string, label: string}[]} o.candidates
 * @param {{id: string, secret: bigint}[]} o.guardians
 * @param {string[][]} o.votes one list of choices per ballot
 * @param {string[]} o.elected the refs to publish as elected
 * @param {string} [o.seed]
 */
export function makeBulletin(o) {
  const rng = seededRng(o.seed ?? 'bulletin');
  const round = o.round ?? 1;
  const refs = o.candidates.map((c) => c.ref);
  const guardians = o.guardians.map((g) => ({ id: g.id, ...keyProof(o.sessionId, g.id, g.secret, rng) }));
  const K = o.guardians.reduce((acc, g) => acc.add(G.multiplyUnsafe(g.secret)), P.ZERO);
  const ctx = { sessionId: o.sessionId, round, refs, K, maxChoices: o.rules.maxChoices, abstainAllowed: o.rules.abstainAllowed };
  const ballots = o.votes.map((choices) => makeBallot(ctx, choices, rng));
  const tally = [];
  refs.forEach((ref, i) => {
    for (const option of OPTIONS) {
      let A = P.ZERO;
      let B = P.ZERO;
      for (const b of ballots) {
        const ct = b.ballot.candidates[i].selections[option].ciphertext;
        A = A.add(P.fromHex(ct.alpha));
        B = B.add(P.fromHex(ct.beta));
      }
      const label = `${ref}/${option}`;
      if (ballots.length === 0) { // an empty round: nothing to add or decrypt
        tally.push({ candidateRef: ref, option, ciphertext: null, shares: [], count: 0 });
        continue;
      }
      const shares = o.guardians.map((g) => ({ guardianId: g.id, ...partialDecryption(o.sessionId, round, label, g.id, g.secret, A, B, rng) }));
      const count = o.votes.filter((v) => v[i] === option).length;
      tally.push({ candidateRef: ref, option, ciphertext: { alpha: hexOf(A), beta: hexOf(B) }, shares, count });
    }
  });
  return {
    format: 'thidua-bulletin/1',
    sessionId: o.sessionId,
    title: o.title ?? '',
    round,
    rules: o.rules,
    attendance: o.attendance,
    candidates: o.candidates,
    guardians,
    electionKey: hexOf(K),
    ballots,
    tally,
    elected: o.elected,
  };
}

/** The election of the tests: 11 voters, 3 candidates, 2 seats, threshold 1/2 of those present. */
export function elevenVoters(overrides = {}) {
  const sessionId = '0b6f2a4e-9d1c-4f55-8a3e-5c2d7e9f1a01';
  const [a, b, c] = ['1f3c5e7a-0000-4000-8000-00000000000a', '1f3c5e7a-0000-4000-8000-00000000000b', '1f3c5e7a-0000-4000-8000-00000000000c'];
  // YES counts: a 8, b 7, c 4 → a and b pass 1/2 of 11 present (≥ 5.5) and take the 2 seats; c does not pass.
  const votes = [
    ['YES', 'YES', 'NO'], ['YES', 'YES', 'NO'], ['YES', 'YES', 'NO'], ['YES', 'YES', 'NO'],
    ['YES', 'NO', 'YES'], ['YES', 'NO', 'YES'], ['YES', 'ABSTAIN', 'YES'], ['YES', 'YES', 'ABSTAIN'],
    ['NO', 'YES', 'YES'], ['ABSTAIN', 'YES', 'NO'], ['NO', 'NO', 'NO'],
  ];
  return makeBulletin({
    sessionId,
    title: 'Suy tôn Cờ thi đua ngành Tư pháp 2026 — Cụm III',
    rules: { quorum: '2/3', threshold: '1/2', base: 'PRESENT', seats: 2, maxChoices: 2, selfVoteAllowed: false, abstainAllowed: true, secret: true },
    attendance: { electorate: 11, present: 11, validBallots: 11, invalidBallots: 0 },
    candidates: [{ ref: a, label: 'Sở Tư pháp An Giang' }, { ref: b, label: 'Sở Tư pháp Bạc Liêu' }, { ref: c, label: 'Sở Tư pháp Cà Mau' }],
    guardians: [
      { id: 'server', secret: serverShare('test-only-server-secret', sessionId) },
      { id: '7d1e0c44-2b6a-4c1f-9e83-3a5b9c0d2e11', secret: seededRng('member-1')() },
      { id: '7d1e0c44-2b6a-4c1f-9e83-3a5b9c0d2e12', secret: seededRng('member-2')() },
      { id: '7d1e0c44-2b6a-4c1f-9e83-3a5b9c0d2e13', secret: seededRng('member-3')() },
    ],
    votes,
    elected: [a, b],
    ...overrides,
  });
}
