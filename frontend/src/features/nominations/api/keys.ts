import type { AwardQuery, NominationQuery, NominationStatus } from './nominations';

export const nominationKeys = {
  all: ['nominations'] as const,
  lists: () => [...nominationKeys.all, 'list'] as const,
  list: (query: NominationQuery) => [...nominationKeys.lists(), query] as const,
  /** A work queue: the dossiers in any of the given states (a list, so it refreshes with the lists). */
  queue: (statuses: readonly NominationStatus[]) => [...nominationKeys.lists(), 'queue', statuses] as const,
  detail: (id: string | undefined) => [...nominationKeys.all, 'detail', id] as const,
  eligibility: (id: string | undefined) => [...nominationKeys.all, 'eligibility', id] as const,
  documents: (id: string | undefined) => [...nominationKeys.all, 'documents', id] as const,
  history: (id: string | undefined) => [...nominationKeys.all, 'history', id] as const,
  citable: (id: string, personId: string | undefined) => [...nominationKeys.all, 'citable', id, personId] as const,
  unitOptions: () => [...nominationKeys.all, 'unit-options'] as const,
  draftingOptions: (unitId: string | undefined) => [...nominationKeys.all, 'drafting-options', unitId] as const,
  publishedCouncilSessions: () => ['voting-sessions', 'council', 'published'] as const,
};

export const awardKeys = {
  all: ['awards'] as const,
  list: (query: AwardQuery) => [...awardKeys.all, query] as const,
};

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (page: number) => [...decisionKeys.all, 'list', page] as const,
  detail: (id: string | undefined) => [...decisionKeys.all, 'detail', id] as const,
  /** The decision's accepted signed copies (sign-and-return). */
  signed: (id: string | undefined) => [...decisionKeys.all, 'signed', id] as const,
};
