import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { unitKeys } from './keys';

export type Unit = Schemas['Unit'];
export type UnitKind = Schemas['UnitKind'];
export type UnitQuery = GetQuery<'/api/v1/units'>;

// Written as a record so the compiler flags a kind added to (or removed from) the contract.
const UNIT_KIND_SET: Record<UnitKind, true> = {
  BO: true,
  VU: true,
  CUC: true,
  TONG_CUC: true,
  VAN_PHONG: true,
  THANH_TRA: true,
  SU_NGHIEP: true,
  SO_TU_PHAP: true,
  THADS_TINH: true,
  THADS_KHU_VUC: true,
  PHONG_TU_PHAP: true,
  XA: true,
};
export const UNIT_KINDS = Object.keys(UNIT_KIND_SET) as UnitKind[];

export function isUnitKind(value: string | undefined): value is UnitKind {
  return value !== undefined && value in UNIT_KIND_SET;
}

export function useUnits(query: UnitQuery) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/units', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useUnit(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.detail(id),
    queryFn: async ({ signal }) =>
      // Typed by name: the contract gives this 200 only an ETag header, no body schema (yet).
      unwrap<Unit>(await api.GET('/api/v1/units/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}
