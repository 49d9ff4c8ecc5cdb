import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NominationStatus, Verdict } from '../api/nominations';

const VERDICT_COLORS: Record<Verdict, string> = { PASS: 'green', FAIL: 'red', NEEDS_EVIDENCE: 'gold' };

export function VerdictTag({ verdict }: { verdict: Verdict | undefined }) {
  const { t } = useTranslation();
  if (!verdict) return null;
  return <Tag color={VERDICT_COLORS[verdict]}>{t(`nominations.verdicts.${verdict}`)}</Tag>;
}

const STATUS_COLORS: Partial<Record<NominationStatus, string>> = {
  DRAFT: 'default',
  RETURNED: 'orange',
  APPROVED: 'green',
  DECIDED: 'blue',
  REJECTED: 'red',
  REVOKED: 'magenta',
  WITHDRAWN: 'default',
};

export function NominationStatusTag({ status }: { status: NominationStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status] ?? 'processing'}>{t(`nominations.statuses.${status}`)}</Tag>;
}
