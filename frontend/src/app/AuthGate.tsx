import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { FullPageSpinner } from '@/components/FullPageSpinner';
import { lazyAntd } from '@/components/lazy-antd';

// Only signed-out visitors see it: it loads (with Ant Design) when needed, not with the signed-in first page.
const LandingPage = lazyAntd(async () => (await import('./routes/LandingPage')).LandingPage);

/** Signed-in users get the application; everyone else the landing page. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.isLoading) return <FullPageSpinner tip={t('app.loading')} />;
  if (!auth.isAuthenticated) {
    return (
      <Suspense fallback={<FullPageSpinner tip={t('app.loading')} />}>
        <LandingPage />
      </Suspense>
    );
  }
  return <>{children}</>;
}
