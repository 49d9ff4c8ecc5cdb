import { sharedKeys } from '@/lib/api/shared-keys';
import type { ClusterQuery } from './clusters';
import type { PeopleQuery } from './people';
import type { UnitQuery } from './units';

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (query: UnitQuery) => [...unitKeys.lists(), query] as const,
  detail: (id: string | undefined) => [...unitKeys.all, 'detail', id] as const,
};

export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (query: PeopleQuery) => [...peopleKeys.lists(), query] as const,
  detail: (id: string | undefined) => [...peopleKeys.all, 'detail', id] as const,
};

/** Under the shared clusters root: other features' cluster pickers live there too and refresh with these. */
export const clusterKeys = {
  all: sharedKeys.clusters,
  lists: () => [...clusterKeys.all, 'list'] as const,
  list: (query: ClusterQuery) => [...clusterKeys.lists(), query] as const,
  detail: (id: string | undefined) => [...clusterKeys.all, 'detail', id] as const,
};

export const periodKeys = {
  all: ['periods'] as const,
};
