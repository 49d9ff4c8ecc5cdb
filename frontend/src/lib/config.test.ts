import { ConfigError, loadConfig, parseConfig } from './config';

const valid = {
  apiBaseUrl: 'http://localhost:8080/',
  oidcAuthority: 'http://localhost:8180/realms/thidua',
  oidcClientId: 'thidua-spa',
};

function fetchReturning(response: Response) {
  return vi.fn(async () => response) as unknown as typeof fetch;
}

describe('loadConfig', () => {
  it('reads config.json without the cache and trims the trailing slash of the API address', async () => {
    const fetchImpl = fetchReturning(new Response(JSON.stringify(valid)));

    const config = await loadConfig('/config.json', fetchImpl);

    expect(config).toEqual({ ...valid, apiBaseUrl: 'http://localhost:8080' });
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('names the missing keys', async () => {
    const fetchImpl = fetchReturning(new Response(JSON.stringify({ apiBaseUrl: 'http://x' })));

    await expect(loadConfig('/config.json', fetchImpl)).rejects.toThrow('/config.json lacks oidcAuthority, oidcClientId');
  });

  it('reports an HTTP failure', async () => {
    const fetchImpl = fetchReturning(new Response('nope', { status: 404 }));

    await expect(loadConfig('/config.json', fetchImpl)).rejects.toThrow(new ConfigError('/config.json answered HTTP 404'));
  });

  it('reports a body that is not JSON', async () => {
    const fetchImpl = fetchReturning(new Response('<html>'));

    await expect(loadConfig('/config.json', fetchImpl)).rejects.toThrow('/config.json is not valid JSON');
  });

  it('reports an unreachable file', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;

    await expect(loadConfig('/config.json', fetchImpl)).rejects.toThrow('/config.json could not be fetched: Failed to fetch');
  });
});

describe('parseConfig', () => {
  it('refuses a relative API address', () => {
    expect(() => parseConfig({ ...valid, apiBaseUrl: '/api' })).toThrow('apiBaseUrl is not an absolute URL');
  });

  it('refuses something that is not an object', () => {
    expect(() => parseConfig(['x'])).toThrow('must be a JSON object');
  });
});
