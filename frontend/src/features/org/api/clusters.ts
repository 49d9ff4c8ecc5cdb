import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { todayInVietnam } from '@/lib/today';
import { clusterKeys, periodKeys } from './keys';

export type Cluster = Schemas['Cluster'];
export type ClusterDetail = Schemas['ClusterDetail'];
export type ClusterMember = Schemas['ClusterMember'];
export type MemberRole = Schemas['ClusterRole'];
export type ClusterQuery = GetQuery<'/api/v1/clusters'>;
export type Period = Schemas['Period'];
export type ClusterRequest = Schemas['ClusterRequest'];
export type ClusterKind = Schemas['ClusterKind'];

/** Head first, then deputies, then members. */
export const MEMBER_ROLE_ORDER: Record<MemberRole, number> = { HEAD: 0, DEPUTY: 1, MEMBER: 2 };

export function useClusters(query: ClusterQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: clusterKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/clusters', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCluster(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: clusterKeys.detail(id),
    queryFn: async ({ signal }) =>
      // Typed by name: the contract gives this 200 only an ETag header, no body schema (yet).
      unwrap<ClusterDetail>(await api.GET('/api/v1/clusters/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** All periods, newest first (there are only a handful: one per emulation year). */
export function usePeriods() {
  const api = useApi();
  return useQuery({
    queryKey: periodKeys.all,
    queryFn: async ({ signal }) => {
      const page = unwrap(await api.GET('/api/v1/periods', { params: { query: { size: 200 } }, signal }));
      return [...page.items].sort((a, b) => b.startDate.localeCompare(a.startDate));
    },
    staleTime: 10 * 60_000,
  });
}

/** The period that contains today, else the first (latest) one. */
export function defaultPeriod(periods: readonly Period[], today = todayInVietnam()): Period | undefined {
  const current = periods.find((p) => p.startDate <= today && today <= p.endDate);
  return current ?? periods[0];
}

/** The secretariat sets up a cluster for a period; every cluster list (campaigns, scoring, voting) refreshes. */
export function useCreateCluster() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ClusterRequest) => unwrap<ClusterDetail>(await api.POST('/api/v1/clusters', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
  });
}
