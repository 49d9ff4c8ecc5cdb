import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import { multipartFile } from '@/lib/api/multipart';
import { sessionKeys } from './keys';

// The signed minutes of a tallied session: the PDF downloaded from /minutes is signed with the signer's own tool and
// uploaded back; the server checks it like a signed decision (docs/signatures.md).

/** The minutes' accepted signed copies, oldest first; empty while they are not signed. */
export function useSignedMinutes(id: string | undefined, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: sessionKeys.signedMinutes(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/voting-sessions/{id}/signed-minutes', { params: { path: { id: id! } }, signal })),
    enabled: !!id && enabled,
  });
}

/** Uploads the signed copy of the minutes; the server refuses (422, in the user's language) anything else. */
export function useUploadSignedMinutes(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/voting-sessions/{id}/signed-minutes', {
          params: { path: { id } },
          ...multipartFile(file),
        }),
      ),
    onSuccess: () =>
      Promise.all([sessionKeys.signedMinutes(id), sessionKeys.detail(id)].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
