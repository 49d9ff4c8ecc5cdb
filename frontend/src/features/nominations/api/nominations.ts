import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { xhrFetch } from './upload';

export type Nomination = Schemas['Nomination'];
export type NominationStatus = Schemas['NominationStatus'];
export type EligibilityReport = Schemas['EligibilityReport'];
export type RuleVerdict = Schemas['RuleVerdict'];
export type Verdict = RuleVerdict['verdict'];
export type NominationDocument = Schemas['NominationDocument'];
export type Award = Schemas['Award'];
export type NominationQuery = GetQuery<'/api/v1/nominations'>;
export type AwardQuery = GetQuery<'/api/v1/awards'>;

/** Actions that need no body; the others ask for a reason or the council's counts first. */
export type PlainAction = 'submit' | 'receive' | 'appraise' | 'put-on-agenda';
export const PLAIN_ACTIONS: readonly string[] = ['submit', 'receive', 'appraise', 'put-on-agenda'];

const detailKey = (id: string | undefined) => ['nominations', 'detail', id] as const;

export function useNominations(query: NominationQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'list', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/nominations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useNomination(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/nominations/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useEligibility(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'eligibility', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/nominations/{id}/eligibility', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useNominationDocuments(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'documents', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/nominations/{id}/documents', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export type DocumentKind = Schemas['DocumentKind'];

/** Attaches a file (tờ trình, báo cáo thành tích, biên bản, evidence) to a draft or returned dossier. */
export function useUploadNominationDocument(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: DocumentKind; file: File }) =>
      unwrap(
        await api.POST('/api/v1/nominations/{id}/documents', {
          params: { path: { id } },
          body: { kind, file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('kind', kind);
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: () =>
      Promise.all(
        ['documents', 'eligibility', 'history'].map((part) => queryClient.invalidateQueries({ queryKey: ['nominations', part, id] })),
      ),
  });
}

export function useNominationHistory(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'history', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/nominations/{id}/history', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useAwards(query: AwardQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: ['awards', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/awards', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Runs a workflow action; the answer replaces the cached dossier and refreshes what depends on it. */
export function useNominationAction(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: { action: string; reason?: string; council?: Schemas['CouncilResultRequest']; sessionId?: string }) => {
      const path = { path: { id } };
      switch (request.action) {
        case 'submit':
          return unwrap(await api.POST('/api/v1/nominations/{id}/submit', { params: path }));
        case 'receive':
          return unwrap(await api.POST('/api/v1/nominations/{id}/receive', { params: path }));
        case 'appraise':
          return unwrap(await api.POST('/api/v1/nominations/{id}/appraise', { params: path }));
        case 'put-on-agenda':
          return unwrap(await api.POST('/api/v1/nominations/{id}/put-on-agenda', { params: path }));
        case 'return':
          return unwrap(await api.POST('/api/v1/nominations/{id}/return', { params: path, body: { reason: request.reason ?? '' } }));
        case 'override-eligibility':
          return unwrap(
            await api.POST('/api/v1/nominations/{id}/override-eligibility', { params: path, body: { reason: request.reason ?? '' } }),
          );
        case 'council-result':
          return unwrap(await api.POST('/api/v1/nominations/{id}/council-result', { params: path, body: request.council! }));
        case 'council-vote':
          return unwrap(await api.POST('/api/v1/nominations/{id}/council-vote', { params: path, body: { sessionId: request.sessionId! } }));
        default:
          throw new Error(`Unsupported action ${request.action}`);
      }
    },
    onSuccess: (fresh) => {
      queryClient.setQueryData(detailKey(id), fresh);
      void queryClient.invalidateQueries({ queryKey: ['nominations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['nominations', 'eligibility', id] });
      void queryClient.invalidateQueries({ queryKey: ['nominations', 'history', id] });
    },
  });
}

/** Units for the ledger's unit picker (current and merged ones, so a predecessor's own history can be read too). */
export function useUnitOptions() {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'unit-options'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/units', { params: { query: { size: 200, sort: 'name' } }, signal })).items.map((u) => ({
        value: u.id,
        label: u.name,
      })),
    staleTime: 5 * 60_000,
  });
}

export type NominationRequest = Schemas['NominationRequest'];

/** The choices of the drafting form: award types, periods and the unit's people. */
export function useDraftingOptions(unitId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'drafting-options', unitId],
    queryFn: async ({ signal }) => {
      const [types, periods, people] = await Promise.all([
        api.GET('/api/v1/award-types', { params: { query: { active: true, size: 200 } }, signal }),
        api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } }, signal }),
        api.GET('/api/v1/people', { params: { query: { unitId, size: 200, sort: 'fullName' } }, signal }),
      ]);
      return { awardTypes: unwrap(types).items, periods: unwrap(periods).items, people: unwrap(people).items };
    },
    enabled: !!unitId,
    staleTime: 5 * 60_000,
  });
}

export function useCreateNomination() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NominationRequest) => unwrap(await api.POST('/api/v1/nominations', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['nominations', 'list'] }),
  });
}

/** Dossiers in any of the given states (a work queue), merged and oldest change first. */
export function useNominationsIn(statuses: readonly NominationStatus[]) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'list', 'queue', statuses],
    queryFn: async ({ signal }) => {
      const pages = await Promise.all(
        statuses.map(async (status) => unwrap(await api.GET('/api/v1/nominations', { params: { query: { status, size: 200 } }, signal }))),
      );
      return pages.flatMap((p) => p.items).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    },
  });
}

/** Runs a body-less workflow action on any dossier of a queue. */
export function useQueueAction() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: PlainAction }) => {
      const params = { path: { id } };
      switch (action) {
        case 'submit':
          return unwrap(await api.POST('/api/v1/nominations/{id}/submit', { params }));
        case 'receive':
          return unwrap(await api.POST('/api/v1/nominations/{id}/receive', { params }));
        case 'appraise':
          return unwrap(await api.POST('/api/v1/nominations/{id}/appraise', { params }));
        case 'put-on-agenda':
          return unwrap(await api.POST('/api/v1/nominations/{id}/put-on-agenda', { params }));
      }
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['nominations'] }),
  });
}

/** Published council reviews, whose outcome may decide a dossier (council-vote). */
export function usePublishedCouncilSessions(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['voting-sessions', 'council', 'published'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/voting-sessions', {
          params: { query: { purpose: 'COUNCIL_REVIEW', status: 'PUBLISHED', size: 200, sort: '-sessionDate' } },
          signal,
        }),
      ).items,
    enabled,
  });
}

export type Decision = Schemas['Decision'];
export type DecisionRequest = Schemas['DecisionRequest'];

export function useDecisions(page: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['decisions', 'list', page],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/decisions', { params: { query: { page, size: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['decisions', 'detail', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/decisions/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useIssueDecision() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DecisionRequest) => unwrap(await api.POST('/api/v1/decisions', { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
      void queryClient.invalidateQueries({ queryKey: ['nominations'] });
      void queryClient.invalidateQueries({ queryKey: ['awards'] });
    },
  });
}

/** The awardee list of a decision, as PDF or Excel, with the caller's token. */
export function useDecisionListDownload() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ id, format }: { id: string; format: 'pdf' | 'xlsx' }) => {
      const result = await api.GET('/api/v1/decisions/{id}/list', { params: { path: { id }, query: { format } }, parseAs: 'blob' });
      return { blob: unwrap(result) as unknown as Blob, format };
    },
  });
}

/** Saves a draft or returned dossier with the version last read (If-Match); the checklist is run again. */
export function useUpdateNomination(nomination: Nomination) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NominationRequest) =>
      unwrap(
        await api.PUT('/api/v1/nominations/{id}', {
          params: { path: { id: nomination.id }, header: { 'If-Match': `"${nomination.version}"` } },
          body,
        }),
      ),
    onSuccess: (fresh) => {
      queryClient.setQueryData(detailKey(nomination.id), fresh);
      void queryClient.invalidateQueries({ queryKey: ['nominations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['nominations', 'eligibility', nomination.id] });
      void queryClient.invalidateQueries({ queryKey: ['nominations', 'history', nomination.id] });
    },
  });
}

/** What a dossier may cite: the nominee's initiatives, or the published cluster elections for a flag. */
export function useCitableEvidence(nomination: Nomination, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['nominations', 'citable', nomination.id, nomination.personId],
    queryFn: async ({ signal }) => {
      const [initiatives, elections] = await Promise.all([
        nomination.personId
          ? api.GET('/api/v1/initiatives', { params: { query: { ownerId: nomination.personId, size: 200 } }, signal }).then(unwrap)
          : Promise.resolve({ items: [] as Schemas['Initiative'][] }),
        nomination.nomineeUnitId
          ? api
              .GET('/api/v1/voting-sessions', {
                params: { query: { purpose: 'CLUSTER_ELECTION', status: 'PUBLISHED', size: 200, sort: '-sessionDate' } },
                signal,
              })
              .then(unwrap)
          : Promise.resolve({ items: [] as Schemas['VotingSessionView'][] }),
      ]);
      return { initiatives: initiatives.items, elections: elections.items };
    },
    enabled,
  });
}

export type NominationImportResult = Schemas['NominationImportResult'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a list of nominees (CSV or .xlsx); drafts are made all or nothing. Reports upload progress (0–1). */
export function useNominationImport(onProgress: (fraction: number) => void) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv; charset=UTF-8';
      return unwrap(
        await api.POST('/api/v1/nominations/imports', {
          body: new Uint8Array(await file.arrayBuffer()) as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': type },
          fetch: xhrFetch(onProgress),
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['nominations', 'list'] }),
  });
}
