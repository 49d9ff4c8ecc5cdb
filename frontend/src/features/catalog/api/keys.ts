import type { AwardTypeQuery, RuleParameterQuery } from './catalog';

export const awardTypeKeys = {
  all: ['award-types'] as const,
  lists: () => [...awardTypeKeys.all, 'list'] as const,
  list: (query: AwardTypeQuery) => [...awardTypeKeys.lists(), query] as const,
};

export const ruleParameterKeys = {
  all: ['rule-parameters'] as const,
  lists: () => [...ruleParameterKeys.all, 'list'] as const,
  list: (query: RuleParameterQuery) => [...ruleParameterKeys.lists(), query] as const,
  versions: (id: string | undefined) => [...ruleParameterKeys.all, 'versions', id] as const,
};
