import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/types';

export type ClusterProposal = Schemas['ClusterProposal'];

const proposalKeys = {
  ofElection: (sessionId: string) => ['cluster-proposals', 'election', sessionId] as const,
};

/** The cluster's proposal filed from this published election, if the caller may read one. */
export function useElectionProposals(sessionId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: proposalKeys.ofElection(sessionId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/cluster-proposals', { params: { query: { electionSessionId: sessionId } }, signal })),
    enabled,
  });
}

/** Files the cluster's proposal (tờ trình của Cụm) for every unit the election elected. */
export function useFileClusterProposal(sessionId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/cluster-proposals', { body: { electionSessionId: sessionId } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: proposalKeys.ofElection(sessionId) }),
  });
}
