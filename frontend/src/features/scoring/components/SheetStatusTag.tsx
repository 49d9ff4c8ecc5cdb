import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetStatus } from '../api/scoring';

const COLORS: Record<SheetStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  CERTIFIED: 'cyan',
  VERIFIED: 'gold',
  LOCKED: 'green',
  RETURNED: 'red',
};

export function SheetStatusTag({ status }: { status: SheetStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`enums.sheetStatus.${status}`)}</Tag>;
}
