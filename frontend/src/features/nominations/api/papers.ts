import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import { multipartFile } from '@/lib/api/multipart';
import { decisionKeys } from './keys';

// A decision's papers: the PDF produced for signing, the signed copy that comes back (checked by the server with the
// EU DSS validator), and the printed certificates (Bằng khen, Giấy khen, Giấy chứng nhận).

export type { SignedDocument } from '@/components/signatures/SignatureResult';

/** The decision's accepted signed copies, oldest first; empty while it is not signed. */
export function useSignedDecisionDocuments(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: decisionKeys.signed(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/decisions/{id}/signed-documents', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/**
 * Whether each of these decisions is signed (has an accepted signed copy), by decision id; a decision still loading
 * or not readable is left out. One request per distinct decision: used by the awards ledger, whose rows cite few
 * decisions (the decision list itself reads `signed` from each decision).
 */
export function useDecisionsSigned(ids: readonly (string | undefined)[]): ReadonlyMap<string, boolean> {
  const api = useApi();
  const distinct = [...new Set(ids.filter((id): id is string => !!id))].sort();
  const results = useQueries({
    queries: distinct.map((id) => ({
      queryKey: decisionKeys.signed(id),
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(await api.GET('/api/v1/decisions/{id}/signed-documents', { params: { path: { id } }, signal })),
      retry: false,
    })),
  });
  const signed = new Map<string, boolean>();
  distinct.forEach((id, i) => {
    const data = results[i]?.data;
    if (data) signed.set(id, data.length > 0);
  });
  return signed;
}

/** Uploads the signed copy of the decision's PDF; the server refuses (422, in the user's language) anything else. */
export function useUploadSignedDecision(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/decisions/{id}/signed-documents', {
          params: { path: { id } },
          ...multipartFile(file),
        }),
      ),
    onSuccess: () =>
      Promise.all([decisionKeys.signed(id), decisionKeys.detail(id)].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export type CertificateFormat = 'pdf' | 'zip';

/** Every awardee's certificate of a decision: one PDF with a page each, or a ZIP with a file each. */
export function useDecisionCertificates() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ id, format }: { id: string; format: CertificateFormat }) => {
      const result = await api.GET('/api/v1/decisions/{id}/certificates', { params: { path: { id }, query: { format } }, parseAs: 'blob' });
      return { blob: unwrap(result) as unknown as Blob, format };
    },
  });
}

/** One award's certificate, printed again from the ledger (marked revoked by the server when the award is). */
export function useAwardCertificate() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ id }: { id: string }) => {
      const result = await api.GET('/api/v1/awards/{id}/certificate', { params: { path: { id } }, parseAs: 'blob' });
      return unwrap(result) as unknown as Blob;
    },
  });
}
