import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

/**
 * "Nhập bổ sung bởi …, ngày …": a record entered as history from a past year's papers (issue 18), with who entered
 * it and when. Nothing for a record made at the time.
 */
export function EnteredAsHistory({ by, at }: { by?: string | null; at?: string | null }) {
  const { t } = useTranslation();
  if (!by) return null;
  return (
    <Tag color="purple" data-testid="entered-as-history">
      {at ? t('common.enteredAsHistory', { by, date: formatDateTime(at).slice(0, 10) }) : t('common.enteredAsHistoryBy', { by })}
    </Tag>
  );
}
