import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/types';
import { sessionKeys } from './keys';

export type ConflictDeclaration = Schemas['ConflictDeclaration'];

/** A council member declares a conflict of interest on one item and stands aside from it (recusal, issue 19). */
export function useDeclareConflict(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ConflictDeclaration) =>
      unwrap(await api.POST('/api/v1/voting-sessions/{id}/conflicts', { params: { path: { id } }, body })),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionKeys.detail(id), (old: { etag: string } | undefined) => ({ etag: old?.etag ?? `"${session.version}"`, session }));
      void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(id) });
    },
  });
}
