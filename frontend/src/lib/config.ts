/**
 * Runtime configuration, read from `/config.json` beside index.html before the app renders,
 * so one build can be deployed against any environment.
 */
export type RuntimeConfig = {
  /** Origin of the ThiĐua API, without the `/api/v1` prefix (the contract's paths carry it). */
  apiBaseUrl: string;
  /** OpenID Connect issuer, e.g. the Keycloak realm URL. */
  oidcAuthority: string;
  oidcClientId: string;
};

const REQUIRED_KEYS = ['apiBaseUrl', 'oidcAuthority', 'oidcClientId'] as const;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export async function loadConfig(url = '/config.json', fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  let response: Response;
  try {
    // Never cached: an operator who edits config.json expects the next page load to use it.
    response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ConfigError(`${url} could not be fetched: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) {
    throw new ConfigError(`${url} answered HTTP ${response.status}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ConfigError(`${url} is not valid JSON`);
  }
  return parseConfig(body, url);
}

export function parseConfig(body: unknown, source = 'config'): RuntimeConfig {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ConfigError(`${source} must be a JSON object`);
  }
  const record = body as Record<string, unknown>;
  const missing = REQUIRED_KEYS.filter((key) => typeof record[key] !== 'string' || (record[key] as string).trim() === '');
  if (missing.length > 0) {
    throw new ConfigError(`${source} lacks ${missing.join(', ')}`);
  }
  for (const key of ['apiBaseUrl', 'oidcAuthority'] as const) {
    if (!URL.canParse(record[key] as string)) {
      throw new ConfigError(`${source}: ${key} is not an absolute URL`);
    }
  }
  return {
    apiBaseUrl: withoutTrailingSlash((record.apiBaseUrl as string).trim()),
    oidcAuthority: withoutTrailingSlash((record.oidcAuthority as string).trim()),
    oidcClientId: (record.oidcClientId as string).trim(),
  };
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
