import { CryptoFormatError, type Point } from './codec';
import { type Ciphertext, type CiphertextJson, addCiphertexts, ciphertextFromJson, ciphertextToJson, encrypt } from './elgamal';
import { hashHex, int, pt, str } from './hash';
import { type ScalarSource, randomScalar } from './random';
import {
  type ProofContext,
  type RangeProof,
  type RangeProofJson,
  drawRangeNonces,
  prepareKey,
  proveRange,
  rangeProofFromJson,
  rangeProofToJson,
  verifyRange,
} from './range-proof';

export const OPTIONS = ['YES', 'NO', 'ABSTAIN'] as const;
export type BallotOption = (typeof OPTIONS)[number];

/** What a ballot is encrypted for: the open round of a session, its election key and its rules. */
export type BallotSpec = {
  sessionId: string;
  round: number;
  electionKey: Point;
  /** The session's candidate refs, in the session's order. */
  candidateRefs: string[];
  maxChoices: number;
  abstainAllowed: boolean;
  /** The voter's own candidate when self-votes are forbidden: its YES is proved 0 by `noSelfYesProof`. */
  noYesFor?: string | null;
};

export type SelectionJson = { ciphertext: CiphertextJson; proof: RangeProofJson };
export type CandidateBallotJson = { candidateRef: string; selections: Record<BallotOption, SelectionJson>; sumProof: RangeProofJson };
/** The encrypted ballot exactly as posted and published (docs/ballot-crypto.md, "The ballot"). */
export type EncryptedBallotJson = {
  sessionId: string;
  round: number;
  candidates: CandidateBallotJson[];
  yesTotalProof: RangeProofJson;
  /** Only in the cast request when the manifest names `noYesFor`; the server checks it and drops it. */
  noSelfYesProof?: RangeProofJson;
};

/**
 * Encrypts a voter's choices: per candidate, YES/NO/ABSTAIN as three 0/1 ciphertexts with their [0,1] proofs
 * ([0,0] for ABSTAIN when abstaining is not allowed), a [1,1] proof over their sum, and a [0,maxChoices] proof over
 * the sum of all YES. Random values are drawn in this order: per candidate, per option YES, NO, ABSTAIN: the nonce
 * `r` then the proof's (see drawRangeNonces); then the candidate's sum proof; after all candidates the YES-total proof.
 */
export function encryptBallot(spec: BallotSpec, choices: Readonly<Record<string, BallotOption>>, rand: ScalarSource = randomScalar): EncryptedBallotJson {
  const key = prepareKey(spec.electionKey);
  const ctx: ProofContext = { sessionId: spec.sessionId, round: spec.round, key };
  const yes = spec.candidateRefs.filter((ref) => choices[ref] === 'YES').length;
  if (yes > spec.maxChoices) throw new CryptoFormatError('more YES than the session allows');
  const yesCiphertexts: Ciphertext[] = [];
  const yesNonces: bigint[] = [];
  let yesNonce = 0n;
  const candidates = spec.candidateRefs.map((ref): CandidateBallotJson => {
    const choice = choices[ref];
    if (!OPTIONS.includes(choice)) throw new CryptoFormatError(`no choice for ${ref}`);
    if (choice === 'ABSTAIN' && !spec.abstainAllowed) throw new CryptoFormatError('abstaining is not allowed');
    if (choice === 'YES' && ref === spec.noYesFor) throw new CryptoFormatError('a YES for your own unit is not allowed');
    const cts: Ciphertext[] = [];
    let nonceSum = 0n;
    const selections = {} as Record<BallotOption, SelectionJson>;
    for (const option of OPTIONS) {
      const m = option === choice ? 1 : 0;
      const hi = option === 'ABSTAIN' && !spec.abstainAllowed ? 0 : 1;
      const r = rand();
      const ct = encrypt(key, m, r);
      const proof = proveRange(ctx, `${ref}/${option}`, ct, m, r, 0, hi, drawRangeNonces(0, hi, m, rand));
      selections[option] = { ciphertext: ciphertextToJson(ct), proof: rangeProofToJson(proof) };
      cts.push(ct);
      nonceSum += r;
      if (option === 'YES') {
        yesCiphertexts.push(ct);
        yesNonces.push(r);
        yesNonce += r;
      }
    }
    const sumProof = proveRange(ctx, `${ref}/SUM`, addCiphertexts(cts), 1, nonceSum, 1, 1, drawRangeNonces(1, 1, 1, rand));
    return { candidateRef: ref, selections, sumProof: rangeProofToJson(sumProof) };
  });
  const yesTotal = addCiphertexts(yesCiphertexts);
  const yesTotalProof = proveRange(ctx, 'YES-TOTAL', yesTotal, yes, yesNonce, 0, spec.maxChoices, drawRangeNonces(0, spec.maxChoices, yes, rand));
  const ballot: EncryptedBallotJson = { sessionId: spec.sessionId, round: spec.round, candidates, yesTotalProof: rangeProofToJson(yesTotalProof) };
  const own = spec.noYesFor ? spec.candidateRefs.indexOf(spec.noYesFor) : -1;
  if (own >= 0) {
    // docs/ballot-crypto.md, "self-votes": [0,0] over the own candidate's YES, made after the YES-total proof.
    const proof = proveRange(ctx, `${spec.noYesFor}/YES-SELF`, yesCiphertexts[own], 0, yesNonces[own], 0, 0, drawRangeNonces(0, 0, 0, rand));
    ballot.noSelfYesProof = rangeProofToJson(proof);
  }
  return ballot;
}

type ParsedCandidate = { ref: string; cts: Record<BallotOption, Ciphertext>; proofs: Record<BallotOption, RangeProof>; sumProof: RangeProof };

function parseCandidate(json: unknown): ParsedCandidate {
  const c = json as Partial<CandidateBallotJson> | null;
  if (!c || typeof c.candidateRef !== 'string' || !c.selections || typeof c.selections !== 'object') throw new CryptoFormatError('malformed candidate');
  const cts = {} as Record<BallotOption, Ciphertext>;
  const proofs = {} as Record<BallotOption, RangeProof>;
  for (const option of OPTIONS) {
    const s = c.selections[option];
    if (!s) throw new CryptoFormatError(`missing ${option}`);
    cts[option] = ciphertextFromJson(s.ciphertext);
    proofs[option] = rangeProofFromJson(s.proof);
  }
  return { ref: c.candidateRef, cts, proofs, sumProof: rangeProofFromJson(c.sumProof) };
}

/**
 * Checks a ballot as the server does: bound to the spec's session and round, every candidate once in order, every
 * proof valid and over the statement the rules require. Returns the reason it fails, or null when it is valid.
 */
export function checkBallot(spec: BallotSpec, ballot: EncryptedBallotJson): string | null {
  try {
    if (ballot.sessionId !== spec.sessionId || ballot.round !== spec.round) return 'wrong session or round';
    if (!Array.isArray(ballot.candidates) || ballot.candidates.length !== spec.candidateRefs.length) return 'wrong candidates';
    const ctx: ProofContext = { sessionId: spec.sessionId, round: spec.round, key: prepareKey(spec.electionKey) };
    const yes: Ciphertext[] = [];
    for (const [i, json] of ballot.candidates.entries()) {
      const c = parseCandidate(json);
      if (c.ref !== spec.candidateRefs[i]) return 'wrong candidates';
      for (const option of OPTIONS) {
        const hi = option === 'ABSTAIN' && !spec.abstainAllowed ? 0 : 1;
        const p = c.proofs[option];
        if (p.lo !== 0 || p.hi !== hi || !verifyRange(ctx, `${c.ref}/${option}`, c.cts[option], p)) return `bad proof ${c.ref}/${option}`;
      }
      const sum = addCiphertexts(OPTIONS.map((o) => c.cts[o]));
      if (c.sumProof.lo !== 1 || c.sumProof.hi !== 1 || !verifyRange(ctx, `${c.ref}/SUM`, sum, c.sumProof)) return `bad proof ${c.ref}/SUM`;
      yes.push(c.cts.YES);
    }
    const total = rangeProofFromJson(ballot.yesTotalProof);
    if (total.lo !== 0 || total.hi !== spec.maxChoices || !verifyRange(ctx, 'YES-TOTAL', addCiphertexts(yes), total)) return 'bad proof YES-TOTAL';
    const own = spec.noYesFor ? spec.candidateRefs.indexOf(spec.noYesFor) : -1;
    if (own >= 0) {
      if (!ballot.noSelfYesProof) return 'bad proof YES-SELF';
      const self = rangeProofFromJson(ballot.noSelfYesProof);
      if (self.lo !== 0 || self.hi !== 0 || !verifyRange(ctx, `${spec.noYesFor}/YES-SELF`, yes[own], self)) return 'bad proof YES-SELF';
    }
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : 'malformed ballot';
  }
}

/** The voter's receipt: hex of H("thidua/tracker/v1", sessionId, round, α and β of every selection in order). */
export function ballotTracker(ballot: EncryptedBallotJson): string {
  const parts = [str(ballot.sessionId), int(ballot.round)];
  for (const c of ballot.candidates) {
    for (const option of OPTIONS) {
      const ct = ciphertextFromJson(c.selections[option].ciphertext);
      parts.push(pt(ct.alpha), pt(ct.beta));
    }
  }
  return hashHex('thidua/tracker/v1', ...parts);
}

/** The tracker as shown: upper-case hex in groups of four. */
export function formatTracker(tracker: string): string {
  return tracker.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}
