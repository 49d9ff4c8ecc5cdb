import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { DocumentLanguage } from '@/components/DocumentLanguage';
import { LocalizedAntd } from '@/components/LocalizedAntd';
import { createApiClient } from '@/lib/api/client';
import { ApiProvider } from '@/lib/api/context';
import type { RuntimeConfig } from '@/lib/config';
import { RuntimeConfigProvider } from '@/lib/config-context';
import { fakeApi, type FakeApi } from './fake-api';

export const TEST_CONFIG: RuntimeConfig = {
  apiBaseUrl: 'http://api.test',
  oidcAuthority: 'http://idp.test/realms/thidua',
  oidcClientId: 'thidua-spa',
};

export function fakeAuth(overrides: Partial<AuthContextProps> = {}): AuthContextProps {
  return {
    isLoading: false,
    isAuthenticated: true,
    user: { access_token: 'test-token', profile: { sub: 'u1', name: 'Test User' } },
    signinRedirect: vi.fn(async () => {}),
    signoutRedirect: vi.fn(async () => {}),
    removeUser: vi.fn(async () => {}),
    ...overrides,
  } as unknown as AuthContextProps;
}

type Options = {
  api?: FakeApi;
  /** Initial location, e.g. `/units?q=tu`. */
  route?: string;
  /** Full route table (e.g. the app's); by default `ui` is rendered at every path. */
  routes?: RouteObject[];
  auth?: AuthContextProps;
};

/** Renders with the app's providers around it: antd in the current language, query cache, fake API and auth. */
export function renderWithProviders(ui: ReactElement | null, { api = fakeApi({}), route = '/', routes, auth = fakeAuth() }: Options = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const client = createApiClient({ baseUrl: TEST_CONFIG.apiBaseUrl, getAccessToken: () => 'test-token', fetch: api.fetch });
  const router = createMemoryRouter(routes ?? [{ path: '*', element: ui }], { initialEntries: [route] });

  const result = render(
    <RuntimeConfigProvider config={TEST_CONFIG}>
      <DocumentLanguage>
      <LocalizedAntd>
        <AuthContext.Provider value={auth}>
          <QueryClientProvider client={queryClient}>
            <ApiProvider client={client}>
              <RouterProvider router={router} />
            </ApiProvider>
          </QueryClientProvider>
        </AuthContext.Provider>
      </LocalizedAntd>
      </DocumentLanguage>
    </RuntimeConfigProvider>,
  );
  return { ...result, api, router, auth, queryClient };
}
