import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { campaignKeys, campaignPickerKeys, covenantKeys, registrationKeys } from './keys';

export type Campaign = Schemas['Campaign'];
export type CampaignDetail = Schemas['CampaignDetail'];
export type CampaignRequest = Schemas['CampaignRequest'];
export type CampaignStatus = Schemas['CampaignStatus'];
export type CampaignQuery = GetQuery<'/api/v1/campaigns'>;
export type Registration = Schemas['Registration'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type RegistrationQuery = GetQuery<'/api/v1/campaigns/{campaignId}/registrations'>;
export type RegistrationTotals = Schemas['RegistrationTotals'];
export type Participation = Schemas['Participation'];
export type UnitParticipation = Schemas['UnitParticipation'];
export type CampaignReport = Schemas['CampaignReport'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Covenant = Schemas['Covenant'];
export type CovenantQuery = GetQuery<'/api/v1/covenants'>;
export type CampaignAction = 'launch' | 'start' | 'final-review' | 'close';
export type RegistrationAction = 'submit' | 'approve';

export function useCampaigns(query: CampaignQuery, inbox: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.list(query, inbox),
    queryFn: async ({ signal }) =>
      inbox
        ? unwrap(await api.GET('/api/v1/campaigns/inbox', { params: { query: { status: query.status, page: query.page, size: query.size } }, signal }))
        : unwrap(await api.GET('/api/v1/campaigns', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useCampaignHistory(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.history(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/campaigns/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function useCreateCampaign() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CampaignRequest) => unwrap(await api.POST('/api/v1/campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export function useCampaignAction(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: CampaignAction) => {
      const options = { params: { path: { id } } };
      switch (action) {
        case 'launch':
          return unwrap(await api.POST('/api/v1/campaigns/{id}/launch', options));
        case 'start':
          return unwrap(await api.POST('/api/v1/campaigns/{id}/start', options));
        case 'final-review':
          return unwrap(await api.POST('/api/v1/campaigns/{id}/final-review', options));
        case 'close':
          return unwrap(await api.POST('/api/v1/campaigns/{id}/close', options));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export function useAddLink(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['LinkRequest']) =>
      unwrap(await api.POST('/api/v1/campaigns/{id}/links', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) }),
  });
}

export function useUploadDocument(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/campaigns/{id}/documents', {
          params: { path: { id } },
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) }),
  });
}

export function useParticipation(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.participation(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/campaigns/{id}/participation', { params: { path: { id } }, signal })),
    enabled,
  });
}

export function useReports(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.reports(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/campaigns/{id}/reports', { params: { path: { id } }, signal })),
  });
}

export function useSendReport(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['ReportRequest']) =>
      unwrap(await api.POST('/api/v1/campaigns/{id}/reports', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export function useRegistrations(campaignId: string, query: RegistrationQuery) {
  const api = useApi();
  return useQuery({
    queryKey: registrationKeys.list(campaignId, query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/campaigns/{campaignId}/registrations', { params: { path: { campaignId }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useRegistrationTotals(campaignId: string) {
  const api = useApi();
  return useQuery({
    queryKey: registrationKeys.totals(campaignId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/campaigns/{campaignId}/registrations/totals', { params: { path: { campaignId } }, signal })),
  });
}

function useInvalidateRegistrations(campaignId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: registrationKeys.ofCampaign(campaignId) }),
      queryClient.invalidateQueries({ queryKey: campaignKeys.participation(campaignId) }),
    ]);
}

export function useCreateRegistration(campaignId: string) {
  const api = useApi();
  const invalidate = useInvalidateRegistrations(campaignId);
  return useMutation({
    mutationFn: async (body: RegistrationRequest) =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/registrations', { params: { path: { campaignId } }, body })),
    onSuccess: invalidate,
  });
}

/** Fixes a draft or returned registration; the version read is sent as If-Match. */
export function useUpdateRegistration(campaignId: string) {
  const api = useApi();
  const invalidate = useInvalidateRegistrations(campaignId);
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: RegistrationRequest }) =>
      unwrap(
        await api.PUT('/api/v1/campaigns/{campaignId}/registrations/{id}', {
          params: { path: { campaignId, id }, header: { 'If-Match': `"${version}"` } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRegistrationAction(campaignId: string) {
  const api = useApi();
  const invalidate = useInvalidateRegistrations(campaignId);
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: RegistrationAction }) => {
      const options = { params: { path: { campaignId, id } } };
      return action === 'submit'
        ? unwrap(await api.POST('/api/v1/campaigns/{campaignId}/registrations/{id}/submit', options))
        : unwrap(await api.POST('/api/v1/campaigns/{campaignId}/registrations/{id}/approve', options));
    },
    onSuccess: invalidate,
  });
}

export function useReturnRegistration(campaignId: string) {
  const api = useApi();
  const invalidate = useInvalidateRegistrations(campaignId);
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/campaigns/{campaignId}/registrations/{id}/return', {
          params: { path: { campaignId, id } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Options for the forms: award types, the caller's unit's people, clusters, units. */
export function useAwardTypeOptions() {
  const api = useApi();
  return useQuery({
    queryKey: campaignPickerKeys.awardTypes(),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/award-types', { params: { query: { active: true, size: 200, sort: 'level,code' } }, signal })).items,
    staleTime: 10 * 60_000,
  });
}

export function usePeopleOfUnit(unitId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: campaignPickerKeys.peopleOfUnit(unitId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/people', { params: { query: { unitId, size: 200, sort: 'fullName' } }, signal })).items,
    enabled: !!unitId,
  });
}

export function useClusterOptions() {
  const api = useApi();
  return useQuery({
    queryKey: campaignPickerKeys.clusters(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/clusters', { params: { query: { size: 200, sort: 'name' } }, signal })).items,
    staleTime: 10 * 60_000,
  });
}

export function useUnitOptions(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: campaignPickerKeys.units(q),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/units', { params: { query: { q: q || undefined, size: 50, sort: 'name' } }, signal })).items,
    placeholderData: keepPreviousData,
  });
}

export function useCovenants(query: CovenantQuery) {
  const api = useApi();
  return useQuery({
    queryKey: covenantKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/covenants', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePeriodOptions() {
  const api = useApi();
  return useQuery({
    queryKey: campaignPickerKeys.periods(),
    queryFn: async ({ signal }) => {
      const page = unwrap(await api.GET('/api/v1/periods', { params: { query: { size: 200 } }, signal }));
      return [...page.items].sort((a, b) => b.startDate.localeCompare(a.startDate));
    },
    staleTime: 10 * 60_000,
  });
}
