/**
 * Query-key roots of server data that more than one feature caches, each feature in its own view. A feature's own
 * keys come from its `api/keys.ts`; a view of shared data starts with the shared root so that a change made in one
 * feature (a new cluster) refreshes the views of the others (voting's and scoring's cluster pickers) by that root.
 */
export const sharedKeys = {
  clusters: ['clusters'] as const,
};
