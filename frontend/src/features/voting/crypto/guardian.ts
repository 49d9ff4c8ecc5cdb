import { CryptoFormatError, G, type Point, mod, mul, mulPublic, pointFromHex, pointToHex, scalarFromHex, scalarToHex } from './codec';
import type { Ciphertext } from './elgamal';
import { challenge, int, pt, str } from './hash';
import { type ScalarSource, randomScalar } from './random';

export type ScalarProof = { c: bigint; v: bigint };
export type ScalarProofJson = { c: string; v: string };

export function scalarProofToJson(p: ScalarProof): ScalarProofJson {
  return { c: scalarToHex(p.c), v: scalarToHex(p.v) };
}

export function scalarProofFromJson(json: unknown): ScalarProof {
  const p = json as Partial<ScalarProofJson> | null;
  if (!p || typeof p !== 'object') throw new CryptoFormatError('malformed proof');
  return { c: scalarFromHex(p.c), v: scalarFromHex(p.v) };
}

/** A guardian's key share: the private `s` (stays on the device), the public `K_i = s·G` and its Schnorr proof. */
export type KeyShare = { sessionId: string; guardianId: string; secret: bigint; publicKey: Point; proof: ScalarProof };

const KEY_TAG = 'thidua/key/v1';

/** Proof of knowledge of `s` with `K = s·G`, bound to the session and the guardian. */
export function proveKey(sessionId: string, guardianId: string, secret: bigint, u: bigint = randomScalar()): ScalarProof {
  const publicKey = mul(G, secret);
  const c = challenge(KEY_TAG, str(sessionId), str(guardianId), pt(publicKey), pt(mul(G, u)));
  return { c, v: mod(u + c * secret) };
}

export function verifyKey(sessionId: string, guardianId: string, publicKey: Point, proof: ScalarProof): boolean {
  const a = mulPublic(G, proof.v).subtract(mulPublic(publicKey, proof.c));
  if (a.is0() || publicKey.is0()) return false;
  return proof.c === challenge(KEY_TAG, str(sessionId), str(guardianId), pt(publicKey), pt(a));
}

/** Creates a new key share in this browser: `s` random in [1, n). */
export function generateKeyShare(sessionId: string, guardianId: string, rand: ScalarSource = randomScalar): KeyShare {
  const secret = rand();
  return { sessionId, guardianId, secret, publicKey: mul(G, secret), proof: proveKey(sessionId, guardianId, secret, rand()) };
}

/** The public part of a share, as posted to the server. */
export function keyShareToJson(share: KeyShare): { publicKey: string; proof: ScalarProofJson } {
  return { publicKey: pointToHex(share.publicKey), proof: scalarProofToJson(share.proof) };
}

const DECRYPT_TAG = 'thidua/decrypt/v1';

export type PartialDecryption = { share: Point; proof: ScalarProof };
export type PartialDecryptionJson = { share: string; proof: ScalarProofJson };

/** What a partial decryption is bound to. */
export type DecryptContext = { sessionId: string; round: number; label: string; guardianId: string; publicKey: Point };

function decryptChallenge(ctx: DecryptContext, ct: Ciphertext, share: Point, a: Point, b: Point): bigint {
  return challenge(DECRYPT_TAG, str(ctx.sessionId), int(ctx.round), str(ctx.label), str(ctx.guardianId), pt(ctx.publicKey), pt(ct.alpha), pt(ct.beta), pt(share), pt(a), pt(b));
}

/** `M_i = s_i·A` with a Chaum–Pedersen proof that log_G K_i = log_A M_i. */
export function partialDecrypt(ctx: DecryptContext, ct: Ciphertext, secret: bigint, u: bigint = randomScalar()): PartialDecryption {
  const share = mul(ct.alpha, secret);
  const c = decryptChallenge(ctx, ct, share, mul(G, u), mul(ct.alpha, u));
  return { share, proof: { c, v: mod(u + c * secret) } };
}

export function verifyPartialDecryption(ctx: DecryptContext, ct: Ciphertext, pd: PartialDecryption): boolean {
  const { c, v } = pd.proof;
  const a = mulPublic(G, v).subtract(mulPublic(ctx.publicKey, c));
  const b = mulPublic(ct.alpha, v).subtract(mulPublic(pd.share, c));
  if (a.is0() || b.is0()) return false;
  return c === decryptChallenge(ctx, ct, pd.share, a, b);
}

export function partialDecryptionToJson(pd: PartialDecryption): PartialDecryptionJson {
  return { share: pointToHex(pd.share), proof: scalarProofToJson(pd.proof) };
}

export function partialDecryptionFromJson(json: unknown): PartialDecryption {
  const p = json as Partial<PartialDecryptionJson> | null;
  if (!p || typeof p !== 'object') throw new CryptoFormatError('malformed partial decryption');
  return { share: pointFromHex(p.share), proof: scalarProofFromJson(p.proof) };
}

/** The election key K = Σ K_i. */
export function electionKey(publicKeys: Point[]): Point {
  return publicKeys.reduce((sum, k) => sum.add(k), mul(G, 0n));
}

/** B − Σ M_i = t·G: finds t by trying 0…max, or null when no count up to max matches. */
export function combineCount(ct: Ciphertext, shares: Point[], max: number): number | null {
  const target = shares.reduce((rest, m) => rest.subtract(m), ct.beta);
  let acc = mul(G, 0n);
  for (let t = 0; t <= max; t++) {
    if (acc.equals(target)) return t;
    acc = acc.add(G);
  }
  return null;
}
