import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { ballotTracker, checkBallot, encryptBallot, formatTracker, type BallotSpec, type EncryptedBallotJson } from './ballot';
import { createBackup, parseBackup, restoreBackup, WrongPassphraseError } from './backup';
import { CryptoFormatError, G, N, mul, pointFromHex, pointToHex, scalarFromHex, scalarToHex } from './codec';
import { addCiphertexts, ciphertextFromJson, encrypt } from './elgamal';
import { electionKey, combineCount, generateKeyShare, partialDecrypt, verifyKey, verifyPartialDecryption, type KeyShare } from './guardian';
import { hashHex, int, pt, str } from './hash';
import { proveRange, verifyRange, type ProofContext } from './range-proof';

const SESSION = '6f1c2a3e-0b1d-4c5e-9f00-112233445566';

/** A deterministic scalar source (counter hashed), so failures reproduce. */
function counter(seed = 1) {
  let i = seed;
  return () => BigInt(`0x${bytesToHex(sha256(utf8ToBytes(`nonce-${i++}`)))}`) % N || 1n;
}

function board(rand = counter()): KeyShare[] {
  return ['server', 'a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002'].map((id) => generateKeyShare(SESSION, id, rand));
}

describe('encodings', () => {
  it('writes points compressed in lowercase hex and refuses infinity, off-curve and upper-case points', () => {
    const p = mul(G, 7n);
    const hex = pointToHex(p);
    expect(hex).toMatch(/^0[23][0-9a-f]{64}$/);
    expect(pointFromHex(hex).equals(p)).toBe(true);
    expect(() => pointToHex(mul(G, 0n))).toThrow(CryptoFormatError);
    expect(() => pointFromHex(hex.toUpperCase())).toThrow(CryptoFormatError);
    expect(() => pointFromHex(`02${'f'.repeat(64)}`)).toThrow(CryptoFormatError);
    expect(() => pointFromHex('00')).toThrow(CryptoFormatError);
  });

  it('writes scalars as 64 hex characters and refuses values ≥ n', () => {
    expect(scalarToHex(5n)).toBe(`${'0'.repeat(63)}5`);
    expect(scalarFromHex(scalarToHex(N - 1n))).toBe(N - 1n);
    expect(() => scalarFromHex(N.toString(16))).toThrow(CryptoFormatError);
    expect(() => scalarFromHex('05')).toThrow(CryptoFormatError);
  });

  it('hashes a 4-byte big-endian length before the tag and every part', () => {
    const p = mul(G, 3n);
    const expected = bytesToHex(
      sha256(
        concatBytes(
          new Uint8Array([0, 0, 0, 3]),
          utf8ToBytes('tag'),
          new Uint8Array([0, 0, 0, 3]),
          utf8ToBytes('ồ'),
          new Uint8Array([0, 0, 0, 4, 0, 0, 1, 2]),
          new Uint8Array([0, 0, 0, 33]),
          p.toBytes(true),
        ),
      ),
    );
    expect(hashHex('tag', str('ồ'), int(258), pt(p))).toBe(expected);
  });
});

describe('range proofs', () => {
  const key = mul(G, 1234567n);
  const ctx: ProofContext = { sessionId: SESSION, round: 1, key };

  it('proves 0 and 1 in [0,1] and 2 in [0,3]', () => {
    for (const [m, hi] of [[0, 1], [1, 1], [2, 3]]) {
      const r = 987654321n + BigInt(m);
      const ct = encrypt(key, m, r);
      const proof = proveRange(ctx, 'x/YES', ct, m, r, 0, hi);
      expect(verifyRange(ctx, 'x/YES', ct, proof)).toBe(true);
    }
  });

  it('fails for a 2 in a 0/1 slot, a forged challenge, another label, round or session', () => {
    const r = 42n;
    const two = encrypt(key, 2, r);
    expect(() => proveRange(ctx, 'x/YES', two, 2, r, 0, 1)).toThrow(CryptoFormatError);
    // A cheating prover claims 1 for a ciphertext of 2.
    expect(verifyRange(ctx, 'x/YES', two, proveRange(ctx, 'x/YES', two, 1, r, 0, 1))).toBe(false);

    const one = encrypt(key, 1, r);
    const proof = proveRange(ctx, 'x/YES', one, 1, r, 0, 1);
    expect(verifyRange(ctx, 'x/YES', one, { ...proof, c: [proof.c[0] + 1n, proof.c[1] - 1n] })).toBe(false);
    expect(verifyRange(ctx, 'x/YES', one, { ...proof, v: [proof.v[0], proof.v[1] + 1n] })).toBe(false);
    expect(verifyRange(ctx, 'x/NO', one, proof)).toBe(false);
    expect(verifyRange({ ...ctx, round: 2 }, 'x/YES', one, proof)).toBe(false);
    expect(verifyRange({ ...ctx, sessionId: SESSION.replace('6f', '7f') }, 'x/YES', one, proof)).toBe(false);
    expect(verifyRange(ctx, 'x/YES', one, { ...proof, hi: 2 })).toBe(false);
  });
});

describe('ballots', () => {
  const guardians = board();
  const K = electionKey(guardians.map((g) => g.publicKey));
  const spec: BallotSpec = { sessionId: SESSION, round: 1, electionKey: K, candidateRefs: ['u1', 'u2', 'u3'], maxChoices: 2, abstainAllowed: true };

  it('encrypts a ballot the checker accepts, with a stable tracker shown in groups of four', () => {
    const ballot = encryptBallot(spec, { u1: 'YES', u2: 'NO', u3: 'ABSTAIN' }, counter(100));
    expect(checkBallot(spec, ballot)).toBeNull();
    expect(ballot.candidates.map((c) => c.candidateRef)).toEqual(['u1', 'u2', 'u3']);
    expect(ballot.yesTotalProof.hi).toBe(2);
    const tracker = ballotTracker(ballot);
    expect(tracker).toMatch(/^[0-9a-f]{64}$/);
    expect(ballotTracker(encryptBallot(spec, { u1: 'YES', u2: 'NO', u3: 'ABSTAIN' }, counter(100)))).toBe(tracker);
    expect(ballotTracker(encryptBallot(spec, { u1: 'YES', u2: 'NO', u3: 'ABSTAIN' }))).not.toBe(tracker);
    expect(formatTracker('0a1b2c3d4e5f6789')).toBe('0A1B 2C3D 4E5F 6789');
  });

  it('proves ABSTAIN in [0,0] when abstaining is not allowed and refuses an abstention', () => {
    const strict = { ...spec, abstainAllowed: false };
    const ballot = encryptBallot(strict, { u1: 'YES', u2: 'NO', u3: 'NO' });
    expect(ballot.candidates[0].selections.ABSTAIN.proof).toMatchObject({ lo: 0, hi: 0 });
    expect(checkBallot(strict, ballot)).toBeNull();
    expect(checkBallot(spec, ballot)).toBe('bad proof u1/ABSTAIN');
    expect(() => encryptBallot(strict, { u1: 'ABSTAIN', u2: 'NO', u3: 'NO' })).toThrow(CryptoFormatError);
  });

  it('refuses too many YES, an altered ciphertext, a replay into another round, a missing or reordered candidate', () => {
    expect(() => encryptBallot(spec, { u1: 'YES', u2: 'YES', u3: 'YES' })).toThrow(CryptoFormatError);
    const ballot = encryptBallot(spec, { u1: 'YES', u2: 'YES', u3: 'NO' });
    const altered: EncryptedBallotJson = structuredClone(ballot);
    altered.candidates[1].selections.NO.ciphertext.beta = ballot.candidates[1].selections.YES.ciphertext.beta;
    expect(checkBallot(spec, altered)).toBe('bad proof u2/NO');
    expect(checkBallot({ ...spec, round: 2 }, { ...ballot, round: 2 })).toBe('bad proof u1/YES');
    expect(checkBallot(spec, { ...ballot, candidates: ballot.candidates.slice(1) })).toBe('wrong candidates');
    expect(checkBallot(spec, { ...ballot, candidates: [ballot.candidates[1], ballot.candidates[0], ballot.candidates[2]] })).toBe('wrong candidates');
    // Too many YES by a voter who skips the client check: the YES-total proof cannot hold 3 in [0,2].
    const lax = encryptBallot({ ...spec, maxChoices: 3 }, { u1: 'YES', u2: 'YES', u3: 'YES' });
    expect(checkBallot(spec, lax)).toBe('bad proof YES-TOTAL');
  });

  it('proves the own candidate\'s YES is 0 when self-votes are forbidden, and refuses a YES for it', () => {
    const own = { ...spec, noYesFor: 'u2' };
    const ballot = encryptBallot(own, { u1: 'YES', u2: 'NO', u3: 'ABSTAIN' });
    expect(ballot.noSelfYesProof).toMatchObject({ lo: 0, hi: 0 });
    expect(checkBallot(own, ballot)).toBeNull();
    expect(checkBallot(own, { ...ballot, noSelfYesProof: undefined })).toBe('bad proof YES-SELF');
    expect(checkBallot({ ...own, noYesFor: 'u1' }, ballot)).toBe('bad proof YES-SELF');
    // The tracker does not cover the self proof (the server drops it before storing).
    expect(ballotTracker({ ...ballot, noSelfYesProof: undefined })).toBe(ballotTracker(ballot));
    expect(() => encryptBallot(own, { u1: 'NO', u2: 'YES', u3: 'NO' })).toThrow(CryptoFormatError);
    expect(encryptBallot(spec, { u1: 'NO', u2: 'YES', u3: 'NO' }).noSelfYesProof).toBeUndefined();
  });

  it('tallies homomorphically and decrypts only the totals with checked partial decryptions', () => {
    const votes = [
      { u1: 'YES', u2: 'NO', u3: 'ABSTAIN' },
      { u1: 'YES', u2: 'YES', u3: 'NO' },
      { u1: 'NO', u2: 'YES', u3: 'NO' },
    ] as const;
    const ballots = votes.map((v) => encryptBallot(spec, v));
    const counts: Record<string, number | null> = {};
    for (const [i, ref] of spec.candidateRefs.entries()) {
      for (const option of ['YES', 'NO', 'ABSTAIN'] as const) {
        const total = addCiphertexts(ballots.map((b) => ciphertextFromJson(b.candidates[i].selections[option].ciphertext)));
        const label = `${ref}/${option}`;
        const shares = guardians.map((g) => {
          const ctx = { sessionId: SESSION, round: 1, label, guardianId: g.guardianId, publicKey: g.publicKey };
          const pd = partialDecrypt(ctx, total, g.secret);
          expect(verifyPartialDecryption(ctx, total, pd)).toBe(true);
          return pd.share;
        });
        counts[label] = combineCount(total, shares, ballots.length);
      }
    }
    expect(counts).toMatchObject({ 'u1/YES': 2, 'u1/NO': 1, 'u1/ABSTAIN': 0, 'u2/YES': 2, 'u2/NO': 1, 'u3/NO': 2, 'u3/ABSTAIN': 1 });
    // Without one guardian's share, the totals stay hidden.
    const total = addCiphertexts(ballots.map((b) => ciphertextFromJson(b.candidates[0].selections.YES.ciphertext)));
    expect(combineCount(total, guardians.slice(1).map((g) => mul(total.alpha, g.secret)), 3)).toBeNull();
  });
});

describe('guardians', () => {
  const [server, member] = board(counter(7));

  it('proves knowledge of a key share, bound to the session and the guardian', () => {
    expect(verifyKey(SESSION, member.guardianId, member.publicKey, member.proof)).toBe(true);
    expect(verifyKey(SESSION, server.guardianId, member.publicKey, member.proof)).toBe(false);
    expect(verifyKey(SESSION, member.guardianId, server.publicKey, member.proof)).toBe(false);
    expect(verifyKey(SESSION, member.guardianId, member.publicKey, { ...member.proof, v: member.proof.v + 1n })).toBe(false);
  });

  it('refuses a partial decryption with a forged share or for another label', () => {
    const ct = addCiphertexts([encrypt(member.publicKey, 1, 5n), encrypt(member.publicKey, 0, 6n)]);
    const ctx = { sessionId: SESSION, round: 1, label: 'u1/YES', guardianId: member.guardianId, publicKey: member.publicKey };
    const pd = partialDecrypt(ctx, ct, member.secret);
    expect(verifyPartialDecryption(ctx, ct, pd)).toBe(true);
    expect(verifyPartialDecryption(ctx, ct, { ...pd, share: pd.share.add(G) })).toBe(false);
    expect(verifyPartialDecryption({ ...ctx, label: 'u1/NO' }, ct, pd)).toBe(false);
    // A share made with another secret (s+1) cannot carry a valid proof for K_i.
    expect(verifyPartialDecryption(ctx, ct, partialDecrypt(ctx, ct, member.secret + 1n))).toBe(false);
  });

  it('restores a share from its passphrase-protected backup file, and refuses a wrong passphrase or an edited file', async () => {
    expect(globalThis.crypto?.subtle).toBeDefined();
    const backup = await createBackup(member, 'ba con mèo trèo cây cau');
    const file = JSON.stringify(backup);
    expect(file).not.toContain(scalarToHex(member.secret));
    expect(backup).toMatchObject({ format: 'thidua-guardian-backup/1', guardianId: member.guardianId, kdf: { name: 'PBKDF2', iterations: 600000 } });

    const restored = await restoreBackup(parseBackup(file), 'ba con mèo trèo cây cau');
    expect(restored.secret).toBe(member.secret);
    expect(verifyKey(SESSION, member.guardianId, restored.publicKey, restored.proof)).toBe(true);

    await expect(restoreBackup(parseBackup(file), 'ba con mèo trèo cây cao')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(restoreBackup({ ...backup, guardianId: server.guardianId }, 'ba con mèo trèo cây cau')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(() => parseBackup('{"format":"other"}')).toThrow(CryptoFormatError);
    expect(() => parseBackup('not json')).toThrow(CryptoFormatError);
  });
});
