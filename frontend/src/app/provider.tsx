import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { UserManager } from 'oidc-client-ts';
import { useMemo, useState, type ReactNode } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { DocumentLanguage } from '@/components/DocumentLanguage';
import { currentLanguage } from '@/i18n';
import { createApiClient } from '@/lib/api/client';
import { ApiProvider } from '@/lib/api/context';
import { ApiError } from '@/lib/api/problem';
import { onSigninCallback } from '@/lib/auth/oidc';
import type { RuntimeConfig } from '@/lib/config';
import { RuntimeConfigProvider } from '@/lib/config-context';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; network and 5xx failures get two more tries.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}

type Props = { config: RuntimeConfig; userManager: UserManager; children: ReactNode };

export function AppProvider({ config, userManager, children }: Props) {
  const [queryClient] = useState(createQueryClient);
  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: config.apiBaseUrl,
        // Read from the store on every call, so silently renewed tokens are picked up.
        getAccessToken: async () => (await userManager.getUser())?.access_token,
        getLanguage: currentLanguage,
      }),
    [config.apiBaseUrl, userManager],
  );

  return (
    <RuntimeConfigProvider config={config}>
      <DocumentLanguage>
        <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
          <QueryClientProvider client={queryClient}>
            <ApiProvider client={api}>{children}</ApiProvider>
          </QueryClientProvider>
        </AuthProvider>
      </DocumentLanguage>
    </RuntimeConfigProvider>
  );
}
