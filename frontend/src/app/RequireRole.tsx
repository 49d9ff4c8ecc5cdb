import { Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole, type Role } from '@/lib/auth/roles';

/** Hides a page from users without the role; the API refuses them anyway. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Skeleton active />;
  if (!hasAnyRole(me.data?.roles, roles)) return <Result status="403" title={t('forbidden.title')} />;
  return <>{children}</>;
}
