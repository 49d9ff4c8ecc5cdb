import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { sessionKeys, votingPickerKeys } from './keys';

export type VotingSession = Schemas['VotingSessionDetail'];
export type VotingSessionSummary = Schemas['VotingSessionView'];
export type VotingSessionRequest = Schemas['VotingSessionRequest'];
export type VotingRules = Schemas['VotingRules'];
export type VotingRulesInput = Schemas['VotingRulesInput'];
export type Candidate = Schemas['VotingCandidate'];
export type VotingResult = Schemas['VotingResult'];
export type CandidateResult = Schemas['VotingCandidateResult'];
export type Turnout = Schemas['VotingTurnout'];
export type BallotMark = Schemas['BallotMark'];
export type BallotReceipt = Schemas['BallotReceipt'];
export type PaperTally = Schemas['PaperTallyRequest'];
export type SessionStatus = Schemas['SessionStatus'];
export type SessionQuery = GetQuery<'/api/v1/voting-sessions'>;
export type VersionedSession = { session: VotingSession; etag: string };

function versioned(result: { data?: VotingSession; error?: unknown; response: Response }): VersionedSession {
  const session = unwrap(result);
  return { session, etag: result.response.headers.get('ETag') ?? `"${session.version}"` };
}

export function useVotingSessions(query: SessionQuery) {
  const api = useApi();
  return useQuery({
    queryKey: sessionKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/voting-sessions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useVotingSession(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: sessionKeys.detail(id),
    queryFn: async ({ signal }) => versioned(await api.GET('/api/v1/voting-sessions/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** Live turnout while a session is open: polled every few seconds, counts only. */
export function useTurnout(id: string | undefined, live: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: sessionKeys.turnout(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/voting-sessions/{id}/turnout', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
    refetchInterval: live ? 3000 : false,
    staleTime: 0,
  });
}

export function useVotingResult(id: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: sessionKeys.result(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/voting-sessions/{id}/result', { params: { path: { id: id! } }, signal })),
    enabled: !!id && enabled,
  });
}

function useSessionMutation<Vars>(send: (vars: Vars) => Promise<VersionedSession>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (fresh) => {
      queryClient.setQueryData(sessionKeys.detail(fresh.session.id), fresh);
      void queryClient.invalidateQueries({ queryKey: sessionKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.turnout(fresh.session.id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.result(fresh.session.id) });
    },
  });
}

export function useCreateSession() {
  const api = useApi();
  return useSessionMutation(async (body: VotingSessionRequest) => versioned(await api.POST('/api/v1/voting-sessions', { body })));
}

export function useUpdateSession(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useSessionMutation(async (body: VotingSessionRequest) => {
    const etag = queryClient.getQueryData<VersionedSession>(sessionKeys.detail(id))?.etag ?? '';
    return versioned(await api.PUT('/api/v1/voting-sessions/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
  });
}

export type SessionAction =
  | { action: 'open'; present: string[] }
  | { action: 'close' | 'tally' | 'publish' }
  | { action: 'paper-tally'; body: PaperTally }
  | { action: 'rounds' };

export function useSessionAction(id: string) {
  const api = useApi();
  return useSessionMutation(async (vars: SessionAction) => {
    const path = { params: { path: { id } } };
    switch (vars.action) {
      case 'open':
        return versioned(await api.POST('/api/v1/voting-sessions/{id}/open', { ...path, body: { present: vars.present } }));
      case 'close':
        return versioned(await api.POST('/api/v1/voting-sessions/{id}/close', path));
      case 'tally':
        return versioned(await api.POST('/api/v1/voting-sessions/{id}/tally', path));
      case 'publish':
        return versioned(await api.POST('/api/v1/voting-sessions/{id}/publish', path));
      case 'paper-tally':
        return versioned(await api.POST('/api/v1/voting-sessions/{id}/paper-tally', { ...path, body: vars.body }));
      case 'rounds':
        return versioned(await api.POST('/api/v1/voting-sessions/{id}/rounds', { ...path, body: {} }));
    }
  });
}

export function useCastBallot(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (choices: BallotMark[]) =>
      unwrap(await api.POST('/api/v1/voting-sessions/{id}/ballots', { params: { path: { id } }, body: { choices } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.turnout(id) });
    },
  });
}

/** Downloads the minutes (PDF or CSV) with the caller's token. */
export function useMinutesDownload() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ id, format }: { id: string; format: 'pdf' | 'csv' }) => {
      const result = await api.GET('/api/v1/voting-sessions/{id}/minutes', {
        params: { path: { id }, query: { format } },
        parseAs: 'blob',
      });
      return { blob: unwrap(result) as unknown as Blob, format };
    },
  });
}

/** The published bulletin of an encrypted session (thidua-bulletin/1 JSON), the same bytes on every download. */
export function useBulletinDownload() {
  const api = useApi();
  return useMutation({
    mutationFn: async (id: string) => {
      const result = await api.GET('/api/v1/voting-sessions/{id}/bulletin', { params: { path: { id } }, parseAs: 'blob' });
      return unwrap(result) as unknown as Blob;
    },
  });
}

/** Clusters of a period, to choose the electing cluster. */
export function useElectionClusters() {
  const api = useApi();
  return useQuery({
    queryKey: votingPickerKeys.clusters(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/clusters', { params: { query: { size: 200 } }, signal })).items,
    staleTime: 10 * 60_000,
  });
}

export function useAwardTypes() {
  const api = useApi();
  return useQuery({
    queryKey: votingPickerKeys.awardTypes(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/award-types', { params: { query: { size: 200 } }, signal })).items,
    staleTime: 10 * 60_000,
  });
}

/** Candidates prefilled from the cluster's ranking (ranked units first, then those not yet ranked). */
export function useRankedCandidates(clusterId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: votingPickerKeys.rankedCandidates(clusterId),
    queryFn: async ({ signal }): Promise<Candidate[]> => {
      const ranking = unwrap(await api.GET('/api/v1/clusters/{id}/ranking', { params: { path: { id: clusterId! } }, signal }));
      return [
        ...ranking.rows.map((r) => ({ kind: 'UNIT' as const, ref: r.unitId, label: r.unitName ?? r.unitId })),
        ...ranking.pendingUnits.map((u) => ({ kind: 'UNIT' as const, ref: u.unitId, label: u.unitName ?? u.unitId })),
      ];
    },
    enabled: !!clusterId,
    retry: false,
  });
}
