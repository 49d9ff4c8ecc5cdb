import { CryptoFormatError, G, type Point, mul, pointFromHex, pointToHex } from './codec';

export type Ciphertext = { alpha: Point; beta: Point };
export type CiphertextJson = { alpha: string; beta: string };

/** Enc(m; r) = (r·G, m·G + r·K). */
export function encrypt(key: Point, m: number, r: bigint): Ciphertext {
  return { alpha: mul(G, r), beta: mul(G, BigInt(m)).add(mul(key, r)) };
}

export function addCiphertexts(items: Ciphertext[]): Ciphertext {
  if (items.length === 0) throw new CryptoFormatError('nothing to add');
  return items.slice(1).reduce((sum, c) => ({ alpha: sum.alpha.add(c.alpha), beta: sum.beta.add(c.beta) }), items[0]);
}

export function ciphertextToJson(c: Ciphertext): CiphertextJson {
  return { alpha: pointToHex(c.alpha), beta: pointToHex(c.beta) };
}

export function ciphertextFromJson(json: unknown): Ciphertext {
  const c = json as Partial<CiphertextJson> | null;
  if (!c || typeof c !== 'object') throw new CryptoFormatError('malformed ciphertext');
  return { alpha: pointFromHex(c.alpha), beta: pointFromHex(c.beta) };
}
