import { useTranslation } from 'react-i18next';
import styles from './WorkingDaysLeft.module.css';

type Props = { workingDaysLeft?: number | null; overdue?: boolean };

/**
 * "còn N ngày làm việc" / "quá hạn N ngày làm việc": a deadline counted in working days by the server (weekends
 * and the holiday calendar skipped). Nothing when the item has no deadline.
 */
export function WorkingDaysLeft({ workingDaysLeft, overdue }: Props) {
  const { t } = useTranslation();
  if (workingDaysLeft === undefined || workingDaysLeft === null) return null;
  const late = overdue || workingDaysLeft < 0;
  const text = late
    ? t('deadline.workingDaysOverdue', { count: Math.max(1, Math.abs(workingDaysLeft)) })
    : workingDaysLeft === 0
      ? t('deadline.dueToday')
      : t('deadline.workingDaysLeft', { count: workingDaysLeft });
  return (
    <span className={late ? styles.danger : workingDaysLeft <= 2 ? styles.warning : styles.secondary} data-testid="working-days-left">
      {text}
    </span>
  );
}
