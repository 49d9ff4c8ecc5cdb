import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { type Point, bytesToBigInt, int32, mod, scalarToBytes } from './codec';

/** One part of a hash input, typed so that each kind gets its encoding of docs/ballot-crypto.md. */
export type Part = { str: string } | { point: Point } | { scalar: bigint } | { int: number };

export const str = (s: string): Part => ({ str: s });
export const pt = (p: Point): Part => ({ point: p });
export const sc = (x: bigint): Part => ({ scalar: x });
export const int = (i: number): Part => ({ int: i });

function encode(part: Part): Uint8Array {
  if ('str' in part) return utf8ToBytes(part.str);
  if ('point' in part) return part.point.toBytes(true);
  if ('scalar' in part) return scalarToBytes(part.scalar);
  return int32(part.int);
}

/** H(tag, part1, part2, …): SHA-256 over, for the tag and each part, a 4-byte big-endian length then the bytes. */
export function hash(tag: string, ...parts: Part[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const bytes of [utf8ToBytes(tag), ...parts.map(encode)]) {
    chunks.push(int32(bytes.length), bytes);
  }
  return sha256(concatBytes(...chunks));
}

export function hashHex(tag: string, ...parts: Part[]): string {
  return bytesToHex(hash(tag, ...parts));
}

/** A Fiat–Shamir challenge: the digest read as a big-endian unsigned integer, mod n. */
export function challenge(tag: string, ...parts: Part[]): bigint {
  return mod(bytesToBigInt(hash(tag, ...parts)));
}
