import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/types';
import type { BallotOption, EncryptedBallotJson, PartialDecryptionJson } from '../crypto';
import { sessionKeys } from './keys';
import type { VersionedSession } from './voting';

/*
 * The encrypted-ballot side of a session (issue 16): the typed client on the contract's paths (EncryptedBallotResource,
 * CountingBoardResource). The types below are the pages' view of the generated Schemas[...]: the contract marks every
 * nullable or hex field optional, these say null where the server answers null; the small functions at the end map
 * one to the other without casts. The pages only use the hooks below.
 */

/** GET /api/v1/voting-sessions/{id}/election-key (ElectionManifest); 409 problem when the session is not encrypted. */
export type ElectionManifest = {
  sessionId: string;
  round: number;
  /** K = Σ K_i; null while the counting board's key ceremony is under way. */
  electionKey: string | null;
  guardians: { id: string; publicKey: string; proof: { c: string; v: string } }[];
  candidateRefs: string[];
  maxChoices: number;
  abstainAllowed: boolean;
  /** The caller's own candidate when self-votes are forbidden (server-side rule; see the report). */
  noYesFor?: string | null;
};

/** POST /api/v1/voting-sessions/{id}/encrypted-ballots answers BallotReceipt (201): the receipt code is the tracker. */
export type EncryptedBallotReceipt = { sessionId: string; round: number; receiptCode: string };

/** A key holder of the session: a counting-board member (id issued at appointment) or `server`. */
export type Guardian = {
  guardianId: string;
  label: string;
  /** The member's user name; null for the server. */
  username?: string | null;
  /** Null until the holder has posted its public key with its proof. */
  publicKey: string | null;
  /** The Schnorr proof of the posted key (members only). */
  proof?: { c: string; v: string } | null;
  /** Whether the holder has posted its partial decryptions for the current round's tally. */
  decrypted: boolean;
};

/** GET /api/v1/voting-sessions/{id}/counting-board. */
export type CountingBoard = {
  sessionId: string;
  round: number;
  guardians: Guardian[];
  /** The caller's guardian id when the caller sits on the session's counting board. */
  callerGuardianId: string | null;
  /** True when the round is closed and its homomorphic totals wait for the partial decryptions. */
  awaitingDecryption: boolean;
  /** Every member has posted a key: the session can open. */
  keysComplete: boolean;
};

/** GET /api/v1/voting-sessions/{id}/encrypted-tally : the per-candidate, per-option sums of the round. */
export type EncryptedTally = {
  sessionId: string;
  round: number;
  ballots: number;
  totals: { candidateRef: string; option: BallotOption; ciphertext: { alpha: string; beta: string } }[];
};

/** POST /api/v1/voting-sessions/{id}/counting-board/{guardianId}/key . */
export type GuardianKeyRequest = { publicKey: string; proof: { c: string; v: string } };

/** POST /api/v1/voting-sessions/{id}/counting-board/{guardianId}/decryptions . */
export type DecryptionsRequest = { round: number; shares: ({ candidateRef: string; option: BallotOption } & PartialDecryptionJson)[] };

/** Where a voter checks a tracker: the session page, which lists the published bulletin's trackers. */
export function bulletinLink(sessionId: string, tracker: string): string {
  return `/voting/${sessionId}?tracker=${tracker.slice(0, 16)}`;
}

export const encryptionKeys = {
  manifest: (id: string | undefined) => [...sessionKeys.all, 'election-key', id] as const,
  board: (id: string | undefined) => [...sessionKeys.all, 'counting-board', id] as const,
  tally: (id: string | undefined) => [...sessionKeys.all, 'encrypted-tally', id] as const,
};

/** The manifest of an encrypted session, or null when the session's ballots are cast in clear (404/409). */
export function useElectionManifest(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: encryptionKeys.manifest(id),
    queryFn: async ({ signal }): Promise<ElectionManifest | null> => {
      const result = await api.GET('/api/v1/voting-sessions/{id}/election-key', { params: { path: { id: id! } }, signal });
      if (result.response.status === 404 || result.response.status === 409) return null;
      return manifestOf(unwrap(result));
    },
    enabled: !!id,
  });
}

export function useCountingBoard(id: string | undefined, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: encryptionKeys.board(id),
    queryFn: async ({ signal }) => boardOf(unwrap(await api.GET('/api/v1/voting-sessions/{id}/counting-board', { params: { path: { id: id! } }, signal }))),
    enabled: !!id && enabled,
  });
}

export function useEncryptedTally(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: encryptionKeys.tally(id),
    queryFn: async ({ signal }) => tallyOf(unwrap(await api.GET('/api/v1/voting-sessions/{id}/encrypted-tally', { params: { path: { id } }, signal }))),
    enabled,
  });
}

export function useCastEncryptedBallot(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ballot: EncryptedBallotJson) =>
      unwrap(await api.POST('/api/v1/voting-sessions/{id}/encrypted-ballots', { params: { path: { id } }, body: ballot })) as EncryptedBallotReceipt,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.turnout(id) });
    },
  });
}

/** One appointee of PUT …/counting-board: the user name they sign in with and the name printed on the minutes. */
export type BoardAppointee = { username: string; label: string };

/**
 * PUT /api/v1/voting-sessions/{id}/counting-board: replaces the board of an encrypted draft (If-Match: the session's
 * ETag from its last read; the session's version goes up, so its detail is read again).
 */
export function useAppointCountingBoard(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (members: BoardAppointee[]) => {
      const etag = queryClient.getQueryData<VersionedSession>(sessionKeys.detail(id))?.etag ?? '';
      return boardOf(
        unwrap(
          await api.PUT('/api/v1/voting-sessions/{id}/counting-board', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: { members },
          }),
        ),
      );
    },
    onSuccess: (board) => {
      queryClient.setQueryData(encryptionKeys.board(id), board);
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: encryptionKeys.manifest(id) });
    },
  });
}

export function usePostGuardianKey(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ guardianId, body }: { guardianId: string; body: GuardianKeyRequest }) =>
      boardOf(unwrap(await api.POST('/api/v1/voting-sessions/{id}/counting-board/{guardianId}/key', { params: { path: { id, guardianId } }, body }))),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: encryptionKeys.board(id) });
      void queryClient.invalidateQueries({ queryKey: encryptionKeys.manifest(id) });
    },
  });
}

export function usePostDecryptions(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ guardianId, body }: { guardianId: string; body: DecryptionsRequest }) =>
      boardOf(unwrap(await api.POST('/api/v1/voting-sessions/{id}/counting-board/{guardianId}/decryptions', { params: { path: { id, guardianId } }, body }))),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: encryptionKeys.board(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.result(id) });
    },
  });
}

const proofOf = (p: Schemas['SchnorrProof'] | undefined | null) => ({ c: p?.c ?? '', v: p?.v ?? '' });

function manifestOf(m: Schemas['ElectionManifest']): ElectionManifest {
  return {
    sessionId: m.sessionId,
    round: m.round,
    electionKey: m.electionKey ?? null,
    guardians: m.guardians.map((g) => ({ id: g.id ?? '', publicKey: g.publicKey ?? '', proof: proofOf(g.proof) })),
    candidateRefs: m.candidateRefs,
    maxChoices: m.maxChoices,
    abstainAllowed: m.abstainAllowed,
    noYesFor: m.noYesFor ?? null,
  };
}

function boardOf(b: Schemas['CountingBoard']): CountingBoard {
  return {
    sessionId: b.sessionId,
    round: b.round,
    guardians: b.guardians.map((g) => ({
      guardianId: g.guardianId,
      label: g.label,
      username: g.username ?? null,
      publicKey: g.publicKey ?? null,
      proof: g.proof ? proofOf(g.proof) : null,
      decrypted: g.decrypted,
    })),
    callerGuardianId: b.callerGuardianId ?? null,
    awaitingDecryption: b.awaitingDecryption,
    keysComplete: b.keysComplete,
  };
}

function tallyOf(t: Schemas['EncryptedRoundTally']): EncryptedTally {
  return {
    sessionId: t.sessionId,
    round: t.round,
    ballots: t.ballots,
    // The server writes YES, NO or ABSTAIN (EncryptedBallot.OPTIONS); a stray value fails the proof check server-side.
    totals: t.totals.map((x) => ({ candidateRef: x.candidateRef, option: x.option as BallotOption, ciphertext: { alpha: x.ciphertext.alpha ?? '', beta: x.ciphertext.beta ?? '' } })),
  };
}
