import type { components } from './schema';

/** RFC 9457 problem details, as every error of the API is shaped. */
export type Problem = components['schemas']['Problem'];

/** A failed API call: the HTTP status and, when the server sent one, its problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function asProblem(body: unknown): Problem | undefined {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Problem) : undefined;
}

/** Returns the data of an openapi-fetch result, or throws an {@link ApiError} for an error answer. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok || result.error !== undefined) {
    throw new ApiError(result.response.status, asProblem(result.error));
  }
  return result.data as T;
}
