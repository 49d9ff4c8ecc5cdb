import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import { multipartFile } from '@/lib/api/multipart';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { rankingKeys, scoringPickerKeys, sheetKeys, templateKeys } from './keys';

export type ScoreSheet = Schemas['ScoreSheetDetail'];
export type ScoreSheetSummary = Schemas['ScoreSheetView'];
export type SheetSection = Schemas['ScoreSheetSection'];
export type SheetCriterion = Schemas['ScoreSheetCriterion'];
export type SheetStatus = Schemas['ScoreSheetStatus'];
export type CriterionMethod = Schemas['CriterionMethod'];
export type SelfScoreEntry = Schemas['SelfScoreEntry'];
export type VerificationEntry = Schemas['VerificationEntry'];
export type Evidence = Schemas['Evidence'];
export type Ranking = Schemas['ClusterRanking'];
export type RankingRow = Schemas['RankingRow'];
export type ScoreCuts = Schemas['ScoreCutsReport'];
export type SheetQuery = GetQuery<'/api/v1/score-sheets'>;

/** A sheet with the ETag its edits must send back in If-Match. */
export type VersionedSheet = { sheet: ScoreSheet; etag: string };

export type SheetAction = 'submit' | 'certify' | 'verify' | 'lock' | 'return';

function versioned(result: { data?: ScoreSheet; error?: unknown; response: Response }): VersionedSheet {
  const sheet = unwrap(result);
  return { sheet, etag: result.response.headers.get('ETag') ?? `"${sheet.version}"` };
}

export function useScoreSheets(query: SheetQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: sheetKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/score-sheets', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useScoreSheet(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: sheetKeys.detail(id),
    queryFn: async ({ signal }) => versioned(await api.GET('/api/v1/score-sheets/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** Edits go with the ETag of the cached sheet; the answer (new points, totals, ETag) replaces the cache. */
function useSheetEdit<Body>(id: string, send: (etag: string, body: Body) => Promise<VersionedSheet>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Body) => {
      const current = queryClient.getQueryData<VersionedSheet>(sheetKeys.detail(id));
      return send(current?.etag ?? '', body);
    },
    onSuccess: (fresh) => {
      queryClient.setQueryData(sheetKeys.detail(id), fresh);
      void queryClient.invalidateQueries({ queryKey: sheetKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: rankingKeys.all });
    },
  });
}

export function useSaveSelfScores(id: string) {
  const api = useApi();
  return useSheetEdit<SelfScoreEntry[]>(id, async (etag, entries) =>
    versioned(
      await api.PUT('/api/v1/score-sheets/{id}/self-scores', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: { entries },
      }),
    ),
  );
}

export function useSaveVerification(id: string) {
  const api = useApi();
  return useSheetEdit<VerificationEntry[]>(id, async (etag, entries) =>
    versioned(
      await api.PUT('/api/v1/score-sheets/{id}/verification', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: { entries },
      }),
    ),
  );
}

/** Attaches a file (scan, PDF…) as evidence of one criterion; the answer is the sheet with the file listed. */
export function useUploadEvidenceFile(id: string) {
  const api = useApi();
  return useSheetEdit<{ criterionCode: string; file: File }>(id, async (etag, { criterionCode, file }) =>
    versioned(
      await api.POST('/api/v1/score-sheets/{id}/evidence-files', {
        params: { path: { id }, header: { 'If-Match': etag } },
        ...multipartFile(file, { criterionCode }),
      }),
    ),
  );
}

/** Downloads an uploaded evidence file with the caller's token (its API path needs the bearer token). */
export function useEvidenceFileDownload(sheetId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async (fileId: string) =>
      unwrap(
        await api.GET('/api/v1/score-sheets/{id}/evidence-files/{fileId}', {
          params: { path: { id: sheetId, fileId } },
          parseAs: 'blob',
        }),
      ) as unknown as Blob,
  });
}

export function useSheetAction(id: string) {
  const api = useApi();
  return useSheetEdit<{ action: SheetAction; comment?: string }>(id, async (_etag, { action, comment }) => {
    const path = { params: { path: { id } } };
    switch (action) {
      case 'submit':
        return versioned(await api.POST('/api/v1/score-sheets/{id}/submit', path));
      case 'verify':
        return versioned(await api.POST('/api/v1/score-sheets/{id}/verify', path));
      case 'lock':
        return versioned(await api.POST('/api/v1/score-sheets/{id}/lock', path));
      case 'certify':
        return versioned(await api.POST('/api/v1/score-sheets/{id}/certify', { ...path, body: { comment: comment ?? '' } }));
      case 'return':
        return versioned(await api.POST('/api/v1/score-sheets/{id}/return', { ...path, body: { comment: comment ?? '' } }));
    }
  });
}

export function useOpenSheet() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (clusterId: string) => versioned(await api.POST('/api/v1/score-sheets', { body: { clusterId } })),
    onSuccess: (fresh) => {
      queryClient.setQueryData(sheetKeys.detail(fresh.sheet.id), fresh);
      void queryClient.invalidateQueries({ queryKey: sheetKeys.lists() });
    },
  });
}

export function useRanking(clusterId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: rankingKeys.ofCluster(clusterId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/clusters/{id}/ranking', { params: { path: { id: clusterId! } }, signal })),
    enabled: !!clusterId,
  });
}

export function useScoreCuts(clusterId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: rankingKeys.cuts(clusterId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/clusters/{id}/score-cuts', { params: { path: { id: clusterId! } }, signal })),
    enabled: !!clusterId,
  });
}

/** Downloads the ranking (CSV or Excel) with the caller's token (a plain link would not carry it). */
export function useRankingExport() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ clusterId, format }: { clusterId: string; format: 'csv' | 'xlsx' }) => {
      const result = await api.GET('/api/v1/clusters/{id}/ranking/export', {
        params: { path: { id: clusterId }, query: { format } },
        parseAs: 'blob',
      });
      return { blob: unwrap(result) as unknown as Blob, format };
    },
  });
}

/** Points as the tables print them: up to two decimals, Vietnamese decimal comma. */
export function formatPoints(value: number | null | undefined, locale = 'vi-VN'): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

export type Period = Schemas['Period'];
export type ClusterSummary = Schemas['Cluster'];

/** Periods newest first. */
export function useScoringPeriods() {
  const api = useApi();
  return useQuery({
    queryKey: scoringPickerKeys.periods(),
    queryFn: async ({ signal }) => {
      const page = unwrap(await api.GET('/api/v1/periods', { params: { query: { size: 200 } }, signal }));
      return [...page.items].sort((a, b) => b.startDate.localeCompare(a.startDate));
    },
    staleTime: 10 * 60_000,
  });
}

export function useScoringClusters(periodId: string | undefined, memberUnitId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: scoringPickerKeys.clusters(periodId, memberUnitId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/clusters', {
          params: { query: { periodId, memberUnitId, size: 200, sort: 'name' } },
          signal,
        }),
      ).items,
    enabled: !!periodId,
  });
}

export type Template = Schemas['ScoringTemplateDetail'];
export type TemplateSummary = Schemas['ScoringTemplateView'];
export type TemplateRequest = Schemas['ScoringTemplateRequest'];
export type TemplateFault = Schemas['FieldError'];
export type VersionedTemplate = { template: Template; etag: string };

function versionedTemplate(result: { data?: Template; error?: unknown; response: Response }): VersionedTemplate {
  const template = unwrap(result);
  return { template, etag: result.response.headers.get('ETag') ?? `"${template.version}"` };
}

export function useTemplates(periodId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: templateKeys.list(periodId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/scoring-templates', { params: { query: { periodId, size: 100 } }, signal })).items,
    placeholderData: keepPreviousData,
  });
}

export function useTemplate(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: templateKeys.detail(id),
    queryFn: async ({ signal }) => versionedTemplate(await api.GET('/api/v1/scoring-templates/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** Every fault of a draft, checked by the server without saving (for live validation). */
export function useValidateTemplate() {
  const api = useApi();
  return useMutation({
    mutationFn: async (body: TemplateRequest) => unwrap(await api.POST('/api/v1/scoring-templates/validate', { body })),
  });
}

export function useSaveTemplate(id: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TemplateRequest) => {
      if (!id) return versionedTemplate(await api.POST('/api/v1/scoring-templates', { body }));
      const etag = queryClient.getQueryData<VersionedTemplate>(templateKeys.detail(id))?.etag ?? '';
      return versionedTemplate(
        await api.PUT('/api/v1/scoring-templates/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
      );
    },
    onSuccess: (fresh) => {
      queryClient.setQueryData(templateKeys.detail(fresh.template.id), fresh);
      void queryClient.invalidateQueries({ queryKey: templateKeys.lists() });
    },
  });
}

export type TemplateAction = 'publish' | 'new-version' | 'copy';

export function useTemplateAction(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, periodId }: { action: TemplateAction; periodId?: string }) => {
      const path = { params: { path: { id } } };
      if (action === 'publish') return versionedTemplate(await api.POST('/api/v1/scoring-templates/{id}/publish', path));
      if (action === 'new-version') return versionedTemplate(await api.POST('/api/v1/scoring-templates/{id}/new-version', path));
      return versionedTemplate(await api.POST('/api/v1/scoring-templates/{id}/copy', { ...path, body: { periodId: periodId! } }));
    },
    onSuccess: (fresh) => {
      queryClient.setQueryData(templateKeys.detail(fresh.template.id), fresh);
      void queryClient.invalidateQueries({ queryKey: templateKeys.all });
    },
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useExportTemplate() {
  const api = useApi();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.GET('/api/v1/scoring-templates/{id}/export', { params: { path: { id } }, parseAs: 'blob' })) as unknown as Blob,
  });
}

export function useImportTemplate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, periodId }: { file: File; periodId: string }) =>
      versionedTemplate(
        await api.POST('/api/v1/scoring-templates/import', {
          params: { query: { periodId } },
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': XLSX },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
