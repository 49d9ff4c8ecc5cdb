import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createUserManager } from '@/lib/auth/oidc';
import type { RuntimeConfig } from '@/lib/config';
import { AuthGate } from './AuthGate';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

export function App({ config }: { config: RuntimeConfig }) {
  const [userManager] = useState(() => createUserManager(config));
  const [router] = useState(createAppRouter);
  return (
    <AppProvider config={config} userManager={userManager}>
      <AuthGate>
        <RouterProvider router={router} />
      </AuthGate>
    </AppProvider>
  );
}
