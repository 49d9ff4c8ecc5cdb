import { utf8ToBytes } from '@noble/hashes/utils.js';
import { CryptoFormatError, G, bytesToHex, hexToBytes, mul, pointFromHex, pointToHex, scalarFromHex, scalarToHex } from './codec';
import { type KeyShare, proveKey } from './guardian';

export const BACKUP_FORMAT = 'thidua-guardian-backup/1';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the file records it, so a later raise still reads old files. */
export const DEFAULT_ITERATIONS = 600_000;

/**
 * A counting-board member's private share, protected by their passphrase: PBKDF2-SHA256 derives an AES-256-GCM key
 * (WebCrypto, native in every browser) that encrypts the share; the session, guardian and public key are
 * authenticated with it, so a file cannot be replayed for another session or member.
 */
export type ShareBackup = {
  format: typeof BACKUP_FORMAT;
  sessionId: string;
  guardianId: string;
  publicKey: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number };
  cipher: 'AES-256-GCM';
  salt: string;
  iv: string;
  ciphertext: string;
};

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase or altered file');
    this.name = 'WrongPassphraseError';
  }
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto is not available (a secure context — HTTPS — is required)');
  return s;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', utf8ToBytes(passphrase.normalize('NFC')) as BufferSource, 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

function associatedData(b: Pick<ShareBackup, 'format' | 'sessionId' | 'guardianId' | 'publicKey'>): Uint8Array {
  return utf8ToBytes(JSON.stringify([b.format, b.sessionId, b.guardianId, b.publicKey]));
}

export async function createBackup(share: KeyShare, passphrase: string, iterations = DEFAULT_ITERATIONS): Promise<ShareBackup> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const header = { format: BACKUP_FORMAT, sessionId: share.sessionId, guardianId: share.guardianId, publicKey: pointToHex(share.publicKey) } as const;
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: associatedData(header) as BufferSource },
    key,
    hexToBytes(scalarToHex(share.secret)) as BufferSource,
  );
  return {
    ...header,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations },
    cipher: 'AES-256-GCM',
    salt: bytesToHex(salt),
    iv: bytesToHex(iv),
    ciphertext: bytesToHex(new Uint8Array(sealed)),
  };
}

/** Reads a backup file's JSON; throws CryptoFormatError when it is not one. */
export function parseBackup(text: string): ShareBackup {
  let b: Partial<ShareBackup>;
  try {
    b = JSON.parse(text) as Partial<ShareBackup>;
  } catch {
    throw new CryptoFormatError('not a backup file');
  }
  const hex = (x: unknown) => typeof x === 'string' && /^([0-9a-f]{2})+$/.test(x);
  if (
    !b ||
    b.format !== BACKUP_FORMAT ||
    typeof b.sessionId !== 'string' ||
    typeof b.guardianId !== 'string' ||
    b.kdf?.name !== 'PBKDF2' ||
    b.kdf.hash !== 'SHA-256' ||
    !Number.isInteger(b.kdf.iterations) ||
    b.kdf.iterations < 100_000 ||
    !hex(b.salt) ||
    !hex(b.iv) ||
    !hex(b.ciphertext)
  ) {
    throw new CryptoFormatError('not a backup file');
  }
  pointFromHex(b.publicKey);
  return b as ShareBackup;
}

/** Restores the share; throws WrongPassphraseError when the passphrase (or the file) is wrong. */
export async function restoreBackup(backup: ShareBackup, passphrase: string): Promise<KeyShare> {
  const key = await deriveKey(passphrase, hexToBytes(backup.salt), backup.kdf.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: hexToBytes(backup.iv) as BufferSource, additionalData: associatedData(backup) as BufferSource },
      key,
      hexToBytes(backup.ciphertext) as BufferSource,
    );
  } catch {
    throw new WrongPassphraseError();
  }
  const secret = scalarFromHex(bytesToHex(new Uint8Array(plain)));
  const publicKey = mul(G, secret);
  if (secret === 0n || pointToHex(publicKey) !== backup.publicKey) throw new WrongPassphraseError();
  return { sessionId: backup.sessionId, guardianId: backup.guardianId, secret, publicKey, proof: proveKey(backup.sessionId, backup.guardianId, secret) };
}
