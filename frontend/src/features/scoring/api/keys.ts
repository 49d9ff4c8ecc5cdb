import { sharedKeys } from '@/lib/api/shared-keys';
import type { SheetQuery } from './scoring';

export const sheetKeys = {
  all: ['score-sheets'] as const,
  lists: () => [...sheetKeys.all, 'list'] as const,
  list: (query: SheetQuery) => [...sheetKeys.lists(), query] as const,
  detail: (id: string | undefined) => [...sheetKeys.all, 'detail', id] as const,
};

export const rankingKeys = {
  all: ['ranking'] as const,
  ofCluster: (clusterId: string | undefined) => [...rankingKeys.all, clusterId] as const,
  cuts: (clusterId: string | undefined) => [...rankingKeys.all, 'cuts', clusterId] as const,
};

export const templateKeys = {
  all: ['scoring-templates'] as const,
  lists: () => [...templateKeys.all, 'list'] as const,
  list: (periodId: string | undefined) => [...templateKeys.lists(), periodId] as const,
  detail: (id: string | undefined) => [...templateKeys.all, 'detail', id] as const,
};

/** The pickers of the scoring pages; the cluster picker is under the shared clusters root (a new cluster refreshes it). */
export const scoringPickerKeys = {
  periods: () => ['scoring', 'periods'] as const,
  clusters: (periodId: string | undefined, memberUnitId: string | undefined) =>
    [...sharedKeys.clusters, 'scoring', periodId, memberUnitId] as const,
};
