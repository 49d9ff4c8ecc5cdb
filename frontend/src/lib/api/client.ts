import createClient from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = ReturnType<typeof createClient<paths>>;

export type ApiClientOptions = {
  baseUrl: string;
  /** Current access token, or null when signed out; asked on every request so renewed tokens are used. */
  getAccessToken: () => Promise<string | null | undefined> | string | null | undefined;
  /** UI language, sent as Accept-Language so server messages can follow it. */
  getLanguage?: () => string;
  fetch?: typeof fetch;
};

export function createApiClient({ baseUrl, getAccessToken, getLanguage, fetch }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}) });
  client.use({
    async onRequest({ request }) {
      const token = await getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      const language = getLanguage?.();
      if (language) request.headers.set('Accept-Language', language);
      return request;
    },
  });
  return client;
}
