import type { components, paths } from './schema';

/** A schema of the generated contract, by its name in openapi.yaml. */
export type Schemas = components['schemas'];

/** The query parameters of a GET. */
export type GetQuery<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Query } } }
  ? NonNullable<Query>
  : never;
