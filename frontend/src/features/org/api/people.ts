import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { peopleKeys } from './keys';

export type Person = Schemas['Person'];
export type PersonDetail = Schemas['PersonDetail'];
export type Assignment = Schemas['Assignment'];
export type AnnualRating = Schemas['AnnualRating'];
export type EmploymentType = Schemas['EmploymentType'];
export type Rating = Schemas['PerformanceRating'];
export type PeopleQuery = GetQuery<'/api/v1/people'>;

export function usePeople(query: PeopleQuery) {
  const api = useApi();
  return useQuery({
    queryKey: peopleKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/people', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: async ({ signal }) =>
      // Typed by name: the contract gives this 200 only an ETag header, no body schema (yet).
      unwrap<PersonDetail>(await api.GET('/api/v1/people/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}
