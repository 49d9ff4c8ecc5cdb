import { sharedKeys } from '@/lib/api/shared-keys';
import type { CampaignQuery, CovenantQuery, RegistrationQuery } from './campaigns';

export const campaignKeys = {
  all: ['campaigns'] as const,
  /** The secretariat's list, or a unit's inbox of campaigns it is invited to. */
  list: (query: CampaignQuery, inbox: boolean) => [...campaignKeys.all, inbox ? 'inbox' : 'list', query] as const,
  detail: (id: string | undefined) => [...campaignKeys.all, 'detail', id] as const,
  history: (id: string) => [...campaignKeys.all, 'history', id] as const,
  participation: (id: string) => [...campaignKeys.all, 'participation', id] as const,
  reports: (id: string) => [...campaignKeys.all, 'reports', id] as const,
};

export const registrationKeys = {
  ofCampaign: (campaignId: string) => ['registrations', campaignId] as const,
  list: (campaignId: string, query: RegistrationQuery) => [...registrationKeys.ofCampaign(campaignId), 'list', query] as const,
  totals: (campaignId: string) => [...registrationKeys.ofCampaign(campaignId), 'totals'] as const,
};

export const covenantKeys = {
  all: ['covenants'] as const,
  lists: () => [...covenantKeys.all, 'list'] as const,
  list: (query: CovenantQuery) => [...covenantKeys.lists(), query] as const,
};

/** The pickers of the campaign forms; the cluster picker is under the shared clusters root (a new cluster refreshes it). */
export const campaignPickerKeys = {
  awardTypes: () => ['award-types', 'options'] as const,
  peopleOfUnit: (unitId: string | undefined) => ['people', 'of-unit', unitId] as const,
  clusters: () => [...sharedKeys.clusters, 'options'] as const,
  units: (q: string) => ['units', 'options', q] as const,
  periods: () => ['periods', 'options'] as const,
};
