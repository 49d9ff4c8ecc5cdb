import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/types';
import { reportKeys } from './keys';

export type AwardsReport = Schemas['AwardsReport'];
export type CampaignParticipationReport = Schemas['CampaignParticipationReport'];
export type CampaignParticipationRow = Schemas['CampaignParticipationRow'];
export type ScoringOverview = Schemas['ScoringOverview'];
export type ScoringClusterRow = Schemas['ScoringClusterRow'];
export type UnitHistory = Schemas['UnitHistory'];
export type ReachLevel = Schemas['ReachLevel'];
export type YearDashboard = Schemas['YearDashboard'];
export type ExportFormat = 'xlsx' | 'csv';

export type AwardsFilter = { yearFrom?: number; yearTo?: number };

export function useAwardsReport(filter: AwardsFilter, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.awards(filter),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/reports/awards', { params: { query: filter }, signal })),
    enabled,
  });
}

export function useCampaignReport(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.campaigns(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/reports/campaigns', { signal })),
    enabled,
  });
}

export function useScoringOverview(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.scoring(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/reports/scoring', { signal })),
    enabled,
  });
}

/** One emulation period at a glance; without periodId, the current period. */
export function useYearDashboard(periodId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['reports', 'year-dashboard', periodId ?? 'current'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/reports/year-dashboard', { params: { query: { periodId } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Emulation periods, latest first, for the dashboard's period switch. */
export function usePeriods() {
  const api = useApi();
  return useQuery({
    queryKey: ['periods', 'all'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/periods', { params: { query: { size: 100, sort: '-startDate' } }, signal })).items,
    staleTime: 5 * 60_000,
  });
}

export function useUnitHistory(unitId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.unitHistory(unitId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/reports/units/{id}/history', { params: { path: { id: unitId! } }, signal })),
    enabled: !!unitId,
  });
}

/** Units whose name matches `q` (the server ignores accents), for the unit-history picker. */
export function useUnitSearch(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.unitSearch(q),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/units', { params: { query: { q: q || undefined, size: 20, sort: 'name' } }, signal })).items,
    placeholderData: keepPreviousData,
  });
}

export type ExportRequest =
  | { report: 'awards'; format: ExportFormat; filter: AwardsFilter }
  | { report: 'campaigns'; format: ExportFormat }
  | { report: 'scoring'; format: ExportFormat }
  | { report: 'unit'; format: ExportFormat; unitId: string };

/** Downloads one report's file; the caller shows progress while it runs. */
export function useReportExport() {
  const api = useApi();
  return useMutation({
    mutationFn: async (request: ExportRequest) => {
      const { format } = request;
      const result =
        request.report === 'awards'
          ? await api.GET('/api/v1/reports/awards/export', { params: { query: { ...request.filter, format } }, parseAs: 'blob' })
          : request.report === 'campaigns'
            ? await api.GET('/api/v1/reports/campaigns/export', { params: { query: { format } }, parseAs: 'blob' })
            : request.report === 'scoring'
              ? await api.GET('/api/v1/reports/scoring/export', { params: { query: { format } }, parseAs: 'blob' })
              : await api.GET('/api/v1/reports/units/{id}/history/export', {
                  params: { path: { id: request.unitId }, query: { format } },
                  parseAs: 'blob',
                });
      return unwrap(result) as unknown as Blob;
    },
  });
}

/** A 0–1 share as a Vietnamese percentage with one decimal. */
export function formatShare(share: number | undefined, locale = 'vi-VN'): string {
  return `${((share ?? 0) * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}
