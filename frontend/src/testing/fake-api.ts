import { vi } from 'vitest';

type Handler = (url: URL, request: Request) => unknown;

/**
 * A fetch double answering `"METHOD /path"` routes (`{id}` matches one segment) with JSON, or with the
 * Response a handler returns. Unknown routes get a 404 problem. Every request is kept for assertions.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const compiled = Object.entries(routes).map(([pattern, handler]) => {
    const [method, path] = pattern.split(' ');
    const regex = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
    return { method, regex, handler };
  });

  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const url = new URL(request.url);
    const route = compiled.find((r) => r.method === request.method && r.regex.test(url.pathname));
    if (!route) {
      return problemResponse(404, { title: 'Not found', detail: `No fake for ${request.method} ${url.pathname}` });
    }
    const result = route.handler(url, request);
    return result instanceof Response ? result : jsonResponse(result);
  });

  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    requests,
    /** Query parameters of the requests made to a path, oldest first. */
    queriesTo(pathname: string): URLSearchParams[] {
      return requests.map((r) => new URL(r.url)).filter((u) => u.pathname === pathname).map((u) => u.searchParams);
    },
  };
}

export type FakeApi = ReturnType<typeof fakeApi>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(status: number, problem: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function page<T>(items: T[], total = items.length, pageIndex = 0, size = 20) {
  return { items, page: pageIndex, size, total };
}
