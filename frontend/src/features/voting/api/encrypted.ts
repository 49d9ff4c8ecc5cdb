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
 */

/** How a session's electronic ballots are cast: in clear (today) or encrypted in the browser. */
export type BallotMode = 'PLAIN' | 'ENCRYPTED';

/** A key holder of the session: a counting-board member (id issued at appointment) or `server`. */
export type Guardian = {
  guardianId: string;
  label: string;
  /** Null until the holder has posted its public key with its proof. */
  publicKey: string | null;
  /** Whether the holder has posted its partial decryptions for the current round's tally. */
  decrypted: boolean;
};

/** GET /api/v1/voting-sessions/{id}/encryption */
export type SessionEncryption = {
  sessionId: string;
  round: number;
  ballotMode: BallotMode;
  /** K = Σ K_i, once every key holder has posted; null while the key ceremony is under way. */
  electionKey: string | null;
  guardians: Guardian[];
  /** The caller's guardian id when the caller sits on the session's counting board. */
  callerGuardianId: string | null;
  /** True when the round is closed and its homomorphic totals wait for the partial decryptions. */
  awaitingDecryption: boolean;
};

/** POST /api/v1/voting-sessions/{id}/encrypted-ballots answers this (201). */
export type EncryptedBallotReceipt = { sessionId: string; round: number; tracker: string };

/** GET /api/v1/voting-sessions/{id}/encrypted-tally: the per-candidate, per-option sums of the round's ballots. */
export type EncryptedTally = {
  sessionId: string;
  round: number;
  ballots: number;
  totals: { candidateRef: string; option: BallotOption; ciphertext: { alpha: string; beta: string } }[];
};

/** POST /api/v1/voting-sessions/{id}/guardians/{guardianId}/key */
export type GuardianKeyRequest = { publicKey: string; proof: { c: string; v: string } };

/** POST /api/v1/voting-sessions/{id}/guardians/{guardianId}/decryptions */
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
  detail: (id: string | undefined) => [...sessionKeys.all, 'encryption', id] as const,
  tally: (id: string | undefined) => [...sessionKeys.all, 'encrypted-tally', id] as const,
};

export function useSessionEncryption(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: encryptionKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await untyped(api).GET('/api/v1/voting-sessions/{id}/encryption', { params: { path: { id: id! } }, signal })) as SessionEncryption,
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
      unwrap(await untyped(api).POST('/api/v1/voting-sessions/{id}/guardians/{guardianId}/key', { params: { path: { id, guardianId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: encryptionKeys.detail(id) }),
  });
}

export function usePostDecryptions(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ guardianId, body }: { guardianId: string; body: DecryptionsRequest }) =>
      unwrap(await untyped(api).POST('/api/v1/voting-sessions/{id}/guardians/{guardianId}/decryptions', { params: { path: { id, guardianId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: encryptionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.result(id) });
    },
  });
}
