import { sharedKeys } from '@/lib/api/shared-keys';
import type { SessionQuery } from './voting';

export const sessionKeys = {
  all: ['voting-sessions'] as const,
  lists: () => [...sessionKeys.all, 'list'] as const,
  list: (query: SessionQuery) => [...sessionKeys.lists(), query] as const,
  detail: (id: string | undefined) => [...sessionKeys.all, 'detail', id] as const,
  turnout: (id: string | undefined) => [...sessionKeys.all, 'turnout', id] as const,
  result: (id: string | undefined) => [...sessionKeys.all, 'result', id] as const,
  signedMinutes: (id: string | undefined) => [...sessionKeys.all, 'signed-minutes', id] as const,
};

/** The pickers of the session form; the cluster picker is under the shared clusters root (a new cluster refreshes it). */
export const votingPickerKeys = {
  clusters: () => [...sharedKeys.clusters, 'voting'] as const,
  awardTypes: () => ['voting', 'award-types'] as const,
  rankedCandidates: (clusterId: string | undefined) => ['voting', 'ranked-candidates', clusterId] as const,
};
