import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../api/voting';

const COLORS: Record<SessionStatus, string> = {
  DRAFT: 'default',
  OPEN: 'processing',
  CLOSED: 'orange',
  TALLIED: 'purple',
  PUBLISHED: 'green',
};

export function SessionStatusTag({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`voting.status.${status}`)}</Tag>;
}
