import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/types';
import { reportKeys } from './keys';
import type { ExportFormat } from './reports';

export type StatisticsForm = Schemas['StatisticsForm'];
export type StatisticsCell = Schemas['StatisticsCell'];
export type FormCode = '0601' | '0602' | '0603';
export const FORM_CODES: FormCode[] = ['0601', '0602', '0603'];

/** One statutory form (Thông tư 02/2023/TT-BNV) for a year. */
export function useStatisticsForm(form: FormCode, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...reportKeys.all, 'statistics', form, year],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/reports/statistics/{form}', { params: { path: { form }, query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The records counted in one cell; only fetched once a cell is opened. */
export function useStatisticsCell(form: FormCode, year: number, cell: { row: string; column: string } | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...reportKeys.all, 'statistics-cell', form, year, cell?.row, cell?.column],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/reports/statistics/{form}/cells', {
          params: { path: { form }, query: { year, row: cell!.row, column: cell!.column } },
          signal,
        }),
      ),
    enabled: !!cell,
  });
}

/** Downloads the form as laid out by the circular. */
export function useStatisticsExport() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ form, year, format }: { form: FormCode; year: number; format: ExportFormat }) =>
      unwrap(
        await api.GET('/api/v1/reports/statistics/{form}/export', {
          params: { path: { form }, query: { year, format } },
          parseAs: 'blob',
        }),
      ) as unknown as Blob,
  });
}

export type AwardMethod = Schemas['AwardMethodRequest']['method'];
export const AWARD_METHODS: AwardMethod[] = ['REGULAR', 'THEMATIC', 'AD_HOC', 'FOREIGN', 'CONTRIBUTION', 'SENIORITY', 'RESISTANCE'];

/** Records a ledger row's award method (secretariat), so it leaves the form's unclassified list. */
export function useSetAwardMethod() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, method }: { id: string; method: AwardMethod }) =>
      unwrap(await api.PUT('/api/v1/awards/{id}/method', { params: { path: { id } }, body: { method } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: [...reportKeys.all, 'statistics'] }),
  });
}
