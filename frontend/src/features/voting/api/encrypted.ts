import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { BallotOption, EncryptedBallotJson, PartialDecryptionJson } from '../crypto';
import { sessionKeys } from './keys';

/*
 * The encrypted-ballot side of a session (issue 16), as a small typed adapter: the server's endpoints are not in
 * openapi.yaml yet, so this file is the only one that knows their paths and shapes. At merge, replace these types by
 * the generated Schemas[...] and the untyped calls by the typed client; the pages only use the hooks below.
 * Voter side as on feature/ballot-server (EncryptedBallotResource); counting-board side proposed here.
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
  /** Null until the holder has posted its public key with its proof. */
  publicKey: string | null;
  /** Whether the holder has posted its partial decryptions for the current round's tally. */
  decrypted: boolean;
};

/** GET /api/v1/voting-sessions/{id}/counting-board (proposed). */
export type CountingBoard = {
  sessionId: string;
  round: number;
  guardians: Guardian[];
  /** The caller's guardian id when the caller sits on the session's counting board. */
  callerGuardianId: string | null;
  /** True when the round is closed and its homomorphic totals wait for the partial decryptions. */
  awaitingDecryption: boolean;
};

/** GET /api/v1/voting-sessions/{id}/encrypted-tally (proposed): the per-candidate, per-option sums of the round. */
export type EncryptedTally = {
  sessionId: string;
  round: number;
  ballots: number;
  totals: { candidateRef: string; option: BallotOption; ciphertext: { alpha: string; beta: string } }[];
};

/** POST /api/v1/voting-sessions/{id}/counting-board/{guardianId}/key (proposed). */
export type GuardianKeyRequest = { publicKey: string; proof: { c: string; v: string } };

/** POST /api/v1/voting-sessions/{id}/counting-board/{guardianId}/decryptions (proposed). */
export type DecryptionsRequest = { round: number; shares: ({ candidateRef: string; option: BallotOption } & PartialDecryptionJson)[] };

/** Where a voter checks a tracker: the session page, which lists the published bulletin's trackers. */
export function bulletinLink(sessionId: string, tracker: string): string {
  return `/voting/${sessionId}?tracker=${tracker.slice(0, 16)}`;
}

type Untyped = {
  GET(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  POST(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/** The typed client (auth and language middleware included) called on paths it does not know yet. */
function untyped(api: ApiClient): Untyped {
  return api as unknown as Untyped;
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
      const result = await untyped(api).GET('/api/v1/voting-sessions/{id}/election-key', { params: { path: { id: id! } }, signal });
      if (result.response.status === 404 || result.response.status === 409) return null;
      return unwrap(result) as ElectionManifest;
    },
    enabled: !!id,
  });
}

export function useCountingBoard(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: encryptionKeys.board(id),
    queryFn: async ({ signal }) =>
      unwrap(await untyped(api).GET('/api/v1/voting-sessions/{id}/counting-board', { params: { path: { id: id! } }, signal })) as CountingBoard,
    enabled: !!id,
  });
}

export function useEncryptedTally(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: encryptionKeys.tally(id),
    queryFn: async ({ signal }) =>
      unwrap(await untyped(api).GET('/api/v1/voting-sessions/{id}/encrypted-tally', { params: { path: { id } }, signal })) as EncryptedTally,
    enabled,
  });
}

export function useCastEncryptedBallot(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ballot: EncryptedBallotJson) =>
      unwrap(await untyped(api).POST('/api/v1/voting-sessions/{id}/encrypted-ballots', { params: { path: { id } }, body: ballot })) as EncryptedBallotReceipt,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.turnout(id) });
    },
  });
}

export function usePostGuardianKey(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ guardianId, body }: { guardianId: string; body: GuardianKeyRequest }) =>
      unwrap(await untyped(api).POST('/api/v1/voting-sessions/{id}/counting-board/{guardianId}/key', { params: { path: { id, guardianId } }, body })),
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
      unwrap(await untyped(api).POST('/api/v1/voting-sessions/{id}/counting-board/{guardianId}/decryptions', { params: { path: { id, guardianId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: encryptionKeys.board(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.result(id) });
    },
  });
}
