import { p256 } from '@noble/curves/nist.js';
import { verifyBulletin } from '../lib/verify.mjs';
import { shortTracker } from '../lib/parse.mjs';

export const clone = (x) => structuredClone(x);
export const bytesOf = (bulletin) => new TextEncoder().encode(JSON.stringify(bulletin, null, 2));
/** Range-proof results shared by the tests of one file: each altered copy re-verifies only what changed. */
const cache = new Map();
export const verifyObject = (bulletin, options = {}) => verifyBulletin(bytesOf(bulletin), { cache, ...options });

/** Keys of the groups that failed (not skipped). */
export const failedGroups = (report) => report.groups.filter((g) => !g.ok).map((g) => g.key);
export const failuresOf = (report, key) => report.groups.find((g) => g.key === key).failures;

/** The point hex plus G: a valid point, a different plaintext (what changing a vote would look like). */
export function plusG(hex) {
  return p256.Point.fromHex(hex).add(p256.Point.BASE).toHex(true);
}

/** A scalar hex plus one, mod nothing: stays a valid scalar for our fixtures (never n−1 in practice). */
export function plusOne(hex) {
  return (BigInt('0x' + hex) + 1n).toString(16).padStart(64, '0');
}

/** How the report names ballot #k (1-based) of a bulletin. */
export const ballotLabel = (bulletin, k) => `#${k} [${shortTracker(bulletin.ballots[k - 1].tracker)}]`;
