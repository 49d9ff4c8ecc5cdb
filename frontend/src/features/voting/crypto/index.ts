/**
 * Encrypted ballots in the browser, exactly as docs/ballot-crypto.md specifies (P-256 through @noble/curves,
 * SHA-256 through @noble/hashes, the backup file through WebCrypto).
 */
export { CryptoFormatError, pointFromHex, pointToHex } from './codec';
export { encryptBallot, checkBallot, ballotTracker, formatTracker, OPTIONS, type BallotOption, type BallotSpec, type EncryptedBallotJson } from './ballot';
export {
  generateKeyShare,
  keyShareToJson,
  partialDecrypt,
  partialDecryptionToJson,
  verifyKey,
  verifyPartialDecryption,
  type KeyShare,
  type PartialDecryptionJson,
} from './guardian';
export { prepareKey } from './range-proof';
export { ciphertextFromJson, type CiphertextJson } from './elgamal';
export { createBackup, parseBackup, restoreBackup, WrongPassphraseError, type ShareBackup } from './backup';
