import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';

export type DueList = Schemas['DueList'];
export type DueListRow = Schemas['DueListRow'];
export type DueListQuery = GetQuery<'/api/v1/due-lists'>;

/** Who is due a proposal in the year: the caller's unit subtree, or the sector for the secretariat. */
export function useDueLists(query: DueListQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'due-lists', query] as const,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/due-lists', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
