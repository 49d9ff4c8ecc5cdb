import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/context';
import { unwrap } from '../api/problem';
import type { Schemas } from '../api/types';

/** The signed-in user as the API sees them: name, realm roles and unit. */
export type Me = Schemas['Me'];

export const meQueryKey = ['me'] as const;

export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60_000,
  });
}
