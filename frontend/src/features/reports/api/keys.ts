import type { AwardsFilter } from './reports';

export const reportKeys = {
  all: ['reports'] as const,
  awards: (filter: AwardsFilter) => [...reportKeys.all, 'awards', filter] as const,
  campaigns: () => [...reportKeys.all, 'campaigns'] as const,
  scoring: () => [...reportKeys.all, 'scoring'] as const,
  unitHistory: (unitId: string | undefined) => [...reportKeys.all, 'unit-history', unitId] as const,
  unitSearch: (q: string) => [...reportKeys.all, 'unit-search', q] as const,
};
