import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { GetQuery, Schemas } from '@/lib/api/types';
import { awardTypeKeys, ruleParameterKeys } from './keys';

export type AwardType = Schemas['AwardType'];
export type AwardTypeQuery = GetQuery<'/api/v1/award-types'>;
export type RuleParameter = Schemas['RuleParameter'];
export type RuleParameterQuery = GetQuery<'/api/v1/rule-parameters'>;
export type RuleRevision = Schemas['RuleRevisionRequest'];

export function useAwardTypes(query: AwardTypeQuery) {
  const api = useApi();
  return useQuery({
    queryKey: awardTypeKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/award-types', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useRuleParameters(query: RuleParameterQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ruleParameterKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/rule-parameters', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Every version of the parameter the given version belongs to, oldest first. */
export function useRuleVersions(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ruleParameterKeys.versions(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/rule-parameters/{id}/versions', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

export function useReviseRule() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: RuleRevision }) =>
      unwrap(await api.POST('/api/v1/rule-parameters/{id}/revisions', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleParameterKeys.all }),
  });
}
