import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/types';

export type PastRegistrationRequest = Schemas['PastRegistrationRequest'];
export type FinalScoresRequest = Schemas['FinalScoresRequest'];
export type PastElectionRequest = Schemas['PastElectionRequest'];
export type ClusterRequest = Schemas['ClusterRequest'];
export type CampaignRequest = Schemas['CampaignRequest'];
export type PastDossierRequest = Schemas['PastDossierRequest'];
export type DecisionRequest = Schemas['DecisionRequest'];

const keys = { all: ['history'] as const };

/** The period being entered, with what the forms pick from: its campaigns and clusters, units and award types. */
export function useHistoryChoices(periodId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.all, 'choices', periodId],
    queryFn: async ({ signal }) => {
      const [period, campaigns, clusters, units, awardTypes] = await Promise.all([
        api.GET('/api/v1/periods/{id}', { params: { path: { id: periodId } }, signal }).then(unwrap),
        api.GET('/api/v1/campaigns', { params: { query: { periodId, size: 200 } }, signal }).then(unwrap),
        api.GET('/api/v1/clusters', { params: { query: { periodId, size: 200, sort: 'name' } }, signal }).then(unwrap),
        api.GET('/api/v1/units', { params: { query: { size: 200, sort: 'name' } }, signal }).then(unwrap),
        api.GET('/api/v1/award-types', { params: { query: { active: true, size: 200, sort: 'level,code' } }, signal }).then(unwrap),
      ]);
      return { period, campaigns: campaigns.items, clusters: clusters.items, units: units.items, awardTypes: awardTypes.items };
    },
  });
}

export type HistoryChoices = NonNullable<ReturnType<typeof useHistoryChoices>['data']>;

export function useEnterRegistration(periodId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async (body: PastRegistrationRequest) =>
      unwrap(await api.POST('/api/v1/history/periods/{periodId}/registrations', { params: { path: { periodId } }, body })),
  });
}

export function useEnterFinalScores(periodId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: FinalScoresRequest) =>
      unwrap(await api.POST('/api/v1/history/periods/{periodId}/final-scores', { params: { path: { periodId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useEnterElection(periodId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async (body: PastElectionRequest) =>
      unwrap(await api.POST('/api/v1/history/periods/{periodId}/elections', { params: { path: { periodId } }, body })),
  });
}

export function useEnterCluster(periodId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ClusterRequest) =>
      unwrap(await api.POST('/api/v1/history/periods/{periodId}/clusters', { params: { path: { periodId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useEnterCampaign(periodId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CampaignRequest) =>
      unwrap(await api.POST('/api/v1/history/periods/{periodId}/campaigns', { params: { path: { periodId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useEnterDossier(periodId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PastDossierRequest) =>
      unwrap(await api.POST('/api/v1/history/periods/{periodId}/dossiers', { params: { path: { periodId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useEnterDecision(periodId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: DecisionRequest) =>
      unwrap(await api.POST('/api/v1/history/periods/{periodId}/decisions', { params: { path: { periodId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

/** The people of the proposing unit, for a dossier's nominee. */
export function useUnitPeople(unitId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.all, 'people', unitId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/people', { params: { query: { unitId, size: 200, sort: 'fullName' } }, signal })).items,
    enabled: !!unitId,
  });
}

/** The period's published cluster elections (for a flag dossier) and its approved dossiers (for a decision). */
export function useHistoryRecords(periodId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.all, 'records', periodId],
    queryFn: async ({ signal }) => {
      const [sessions, dossiers] = await Promise.all([
        api
          .GET('/api/v1/voting-sessions', { params: { query: { purpose: 'CLUSTER_ELECTION', status: 'PUBLISHED', size: 200 } }, signal })
          .then(unwrap),
        api.GET('/api/v1/nominations', { params: { query: { periodId, status: 'APPROVED', size: 200 } }, signal }).then(unwrap),
      ]);
      return { sessions: sessions.items, dossiers: dossiers.items };
    },
  });
}
