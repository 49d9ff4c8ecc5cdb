import { p256 } from '@noble/curves/nist.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

/** The group of docs/ballot-crypto.md: NIST P-256, its generator G and its order n. */
export const Point = p256.Point;
export type Point = InstanceType<typeof p256.Point>;
export const G: Point = Point.BASE;
export const N: bigint = Point.Fn.ORDER;

/** Thrown for anything malformed in a ballot, key or proof read from the wire. */
export class CryptoFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CryptoFormatError';
  }
}

export function mod(x: bigint): bigint {
  const r = x % N;
  return r >= 0n ? r : r + N;
}

/** k·P in constant time for secret scalars (0 gives the point at infinity). */
export function mul(p: Point, k: bigint): Point {
  const s = mod(k);
  return s === 0n ? Point.ZERO : p.multiply(s);
}

/** k·P for public scalars (faster, not constant-time). */
export function mulPublic(p: Point, k: bigint): Point {
  return p.multiplyUnsafe(mod(k));
}

/** A point as its compressed SEC1 encoding in lowercase hex (66 characters); infinity is never written. */
export function pointToHex(p: Point): string {
  if (p.is0()) throw new CryptoFormatError('the point at infinity is never written');
  return p.toHex(true);
}

/** Reads a point: exactly 33 compressed bytes in lowercase hex, on the curve, not infinity. */
export function pointFromHex(hex: unknown): Point {
  if (typeof hex !== 'string' || !/^(02|03)[0-9a-f]{64}$/.test(hex)) throw new CryptoFormatError('malformed point');
  let p: Point;
  try {
    p = Point.fromHex(hex);
    p.assertValidity();
  } catch {
    throw new CryptoFormatError('point not on the curve');
  }
  if (p.is0()) throw new CryptoFormatError('point at infinity');
  return p;
}

/** A scalar as 32 bytes big-endian in lowercase hex (64 characters). */
export function scalarToHex(x: bigint): string {
  return mod(x).toString(16).padStart(64, '0');
}

/** Reads a scalar: 64 lowercase hex characters, value in [0, n). */
export function scalarFromHex(hex: unknown): bigint {
  if (typeof hex !== 'string' || !/^[0-9a-f]{64}$/.test(hex)) throw new CryptoFormatError('malformed scalar');
  const x = BigInt(`0x${hex}`);
  if (x >= N) throw new CryptoFormatError('scalar out of range');
  return x;
}

export function scalarToBytes(x: bigint): Uint8Array {
  return hexToBytes(scalarToHex(x));
}

export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytesToHex(bytes)}`);
}

export function int32(x: number): Uint8Array {
  if (!Number.isInteger(x) || x < 0 || x > 0xffffffff) throw new CryptoFormatError('integer out of range');
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, x, false);
  return out;
}

export { bytesToHex, hexToBytes };
