import { fakeApi, page, problemResponse } from '@/testing/fake-api';
import { createApiClient } from './client';
import { ApiError, unwrap } from './problem';

describe('API client', () => {
  it('sends the access token as a bearer token and the UI language', async () => {
    const api = fakeApi({ 'GET /api/v1/units': () => page([]) });
    const client = createApiClient({
      baseUrl: 'http://api.test',
      getAccessToken: async () => 'abc.def.ghi',
      getLanguage: () => 'vi',
      fetch: api.fetch,
    });

    await client.GET('/api/v1/units', { params: { query: { q: 'tro giup', size: 20 } } });

    const request = api.requests[0];
    expect(request.url).toBe('http://api.test/api/v1/units?q=tro%20giup&size=20');
    expect(request.headers.get('Authorization')).toBe('Bearer abc.def.ghi');
    expect(request.headers.get('Accept-Language')).toBe('vi');
  });

  it('sends no Authorization header when signed out', async () => {
    const api = fakeApi({ 'GET /api/v1/me': () => ({}) });
    const client = createApiClient({ baseUrl: 'http://api.test', getAccessToken: () => null, fetch: api.fetch });

    await client.GET('/api/v1/me');

    expect(api.requests[0].headers.has('Authorization')).toBe(false);
  });

  it('turns a problem+json answer into an ApiError carrying the detail', async () => {
    const api = fakeApi({
      'GET /api/v1/units': () =>
        problemResponse(400, {
          title: 'Invalid request',
          detail: "sort: cannot sort by 'colour'",
          errors: [{ field: 'sort', message: "cannot sort by 'colour'" }],
        }),
    });
    const client = createApiClient({ baseUrl: 'http://api.test', getAccessToken: () => 't', fetch: api.fetch });

    const call = async () => unwrap(await client.GET('/api/v1/units', { params: { query: { sort: 'colour' } } }));

    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe("sort: cannot sort by 'colour'");
    expect((error as ApiError).problem?.errors?.[0].field).toBe('sort');
  });
});
