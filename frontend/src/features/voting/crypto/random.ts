import { p256 } from '@noble/curves/nist.js';
import { bytesToBigInt } from './codec';

/** A source of scalars in [1, n); tests pass a fixed one to reproduce the server's vectors. */
export type ScalarSource = () => bigint;

/** Uniform scalars in [1, n) from the platform's CSPRNG (crypto.getRandomValues, through @noble/curves). */
export const randomScalar: ScalarSource = () => bytesToBigInt(p256.utils.randomSecretKey());
