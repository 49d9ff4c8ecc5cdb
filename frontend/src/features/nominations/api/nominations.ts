import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import { multipartFile } from '@/lib/api/multipart';
import type { ApiClient } from '@/lib/api/client';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { awardKeys, decisionKeys, nominationKeys } from './keys';
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

export function useNominations(query: NominationQuery) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/nominations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useNomination(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.detail(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/nominations/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useEligibility(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.eligibility(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/nominations/{id}/eligibility', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useNominationDocuments(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.documents(id),
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
          ...multipartFile(file, { kind }),
        }),
      ),
    onSuccess: () =>
      Promise.all(
        [nominationKeys.documents(id), nominationKeys.eligibility(id), nominationKeys.history(id)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

export function useNominationHistory(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.history(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/nominations/{id}/history', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useAwards(query: AwardQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: awardKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/awards', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A workflow action with what it needs: nothing, a reason, the council's counts, or the council session that decided. */
export type NominationActionRequest =
  | { action: PlainAction }
  | { action: 'return' | 'override-eligibility' | 'withdraw' | 'discard'; reason: string }
  | { action: 'council-result'; council: Schemas['CouncilResultRequest'] }
  | { action: 'council-vote'; sessionId: string };

/** Posts one workflow action: each has its own endpoint, named after it, and its own body. */
async function postAction(api: ApiClient, id: string, request: NominationActionRequest): Promise<Nomination> {
  const params = { path: { id } };
  switch (request.action) {
    case 'return':
    case 'override-eligibility':
    case 'withdraw':
    case 'discard':
      return unwrap(await api.POST(`/api/v1/nominations/{id}/${request.action}`, { params, body: { reason: request.reason } }));
    case 'council-result':
      return unwrap(await api.POST('/api/v1/nominations/{id}/council-result', { params, body: request.council }));
    case 'council-vote':
      return unwrap(await api.POST('/api/v1/nominations/{id}/council-vote', { params, body: { sessionId: request.sessionId } }));
    default:
      return unwrap(await api.POST(`/api/v1/nominations/{id}/${request.action}`, { params }));
  }
}

/** After a dossier changed: the fresh copy replaces the cached one; the lists, its checklist and its history refresh. */
function useRefreshNomination() {
  const queryClient = useQueryClient();
  return (fresh: Nomination) => {
    queryClient.setQueryData(nominationKeys.detail(fresh.id), fresh);
    void queryClient.invalidateQueries({ queryKey: nominationKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: nominationKeys.eligibility(fresh.id) });
    void queryClient.invalidateQueries({ queryKey: nominationKeys.history(fresh.id) });
  };
}

/** Runs a workflow action on the dossier open in the detail page. */
export function useNominationAction(id: string) {
  const api = useApi();
  const refresh = useRefreshNomination();
  return useMutation({
    mutationFn: (request: NominationActionRequest) => postAction(api, id, request),
    onSuccess: refresh,
  });
}

/** Units for the ledger's unit picker (current and merged ones, so a predecessor's own history can be read too). */
export function useUnitOptions() {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.unitOptions(),
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
    queryKey: nominationKeys.draftingOptions(unitId),
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
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: nominationKeys.lists() }),
  });
}

/** Dossiers in any of the given states (a work queue), merged and oldest change first. */
export function useNominationsIn(statuses: readonly NominationStatus[]) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.queue(statuses),
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
    mutationFn: ({ id, action }: { id: string; action: PlainAction }) => postAction(api, id, { action }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: nominationKeys.all }),
  });
}

/** Published council reviews, whose outcome may decide a dossier (council-vote). */
export function usePublishedCouncilSessions(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.publishedCouncilSessions(),
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
    queryKey: decisionKeys.list(page),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/decisions', { params: { query: { page, size: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: decisionKeys.detail(id),
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
      void queryClient.invalidateQueries({ queryKey: decisionKeys.all });
      void queryClient.invalidateQueries({ queryKey: nominationKeys.all });
      void queryClient.invalidateQueries({ queryKey: awardKeys.all });
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
  const refresh = useRefreshNomination();
  return useMutation({
    mutationFn: async (body: NominationRequest) =>
      unwrap(
        await api.PUT('/api/v1/nominations/{id}', {
          params: { path: { id: nomination.id }, header: { 'If-Match': `"${nomination.version}"` } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

/** What a dossier may cite: the nominee's initiatives, or the published cluster elections for a flag. */
export function useCitableEvidence(nomination: Nomination, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: nominationKeys.citable(nomination.id, nomination.personId),
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
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: nominationKeys.lists() }),
  });
}
