import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { FullPageSpinner } from '@/components/FullPageSpinner';
import { LandingPage } from './routes/LandingPage';

/** Signed-in users get the application; everyone else the landing page. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.isLoading) return <FullPageSpinner tip={t('app.loading')} />;
  if (!auth.isAuthenticated) return <LandingPage />;
  return <>{children}</>;
}
