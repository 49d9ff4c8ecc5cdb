import { ClockCircleOutlined, DownOutlined, ExclamationCircleFilled, RightOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Tag } from '@/components/Tag';
import { WorkingDaysLeft } from '@/components/WorkingDaysLeft';
import { formatDate } from '@/lib/format';
import type { InboxItem } from '../api/inbox';
import { groupByHorizon, HORIZON_DAYS } from '../lib/horizon';
import styles from './InboxList.module.css';

type Props = { items: InboxItem[]; roles: string[]; asOf: string };

/**
 * The caller's to-do items. What matters now (overdue, marked red, then due within two weeks, then undated)
 * is listed; later deadlines are folded under "Sắp tới". Each item is one tap from its page. Plain HTML and CSS:
 * the list is on the home page, whose load carries no Ant Design.
 */
export function InboxList({ items, roles, asOf }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) {
    const hint = roles.includes('unit-officer')
      ? 'inbox.emptyOfficer'
      : roles.includes('secretariat')
        ? 'inbox.emptySecretariat'
        : roles.includes('viewer') || roles.includes('admin')
          ? 'inbox.emptyViewer'
          : 'inbox.emptyOther';
    return (
      <p className={styles.empty}>
        {t('inbox.empty')} {t(hint)}
      </p>
    );
  }
  const { now, later } = groupByHorizon(items, asOf);
  return (
    <div className={styles.groups}>
      {now.length > 0 ? (
        <ItemList items={now} label={t('inbox.title')} />
      ) : (
        <span className={styles.secondary}>{t('inbox.nothingSoon', { count: HORIZON_DAYS })}</span>
      )}
      {later.length > 0 && (
        <Fold label={t('inbox.upcoming', { count: later.length })}>
          <ItemList items={later} label={t('inbox.upcomingLabel')} />
        </Fold>
      )}
    </div>
  );
}

/** A folded section behind a button (a disclosure), closed at first. */
function Fold({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={styles.fold}>
      <button type="button" className={styles.foldButton} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
        <span>{label}</span>
      </button>
      <div id={id} className={styles.foldBody} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}

function ItemList({ items, label }: { items: InboxItem[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul aria-label={label} className={styles.list}>
      {items.map((item) => (
        <li
          key={`${item.kind}-${item.objectId}-${item.detail ?? ''}`}
          className={`${styles.item} ${item.overdue ? styles.overdue : ''}`}
          data-testid="inbox-item"
        >
          <div className={styles.line}>
            <Tag color={item.overdue ? 'red' : 'blue'}>{kindLabel(item.kind, t, i18n.exists.bind(i18n))}</Tag>
            <Link to={item.route} className={styles.link}>
              <span className={styles.title}>{item.title}</span> <RightOutlined aria-hidden style={{ fontSize: 10 }} />
            </Link>
          </div>
          <div className={styles.facts}>
            {item.detail && <span className={styles.secondary}>{detailText(item, t)}</span>}
            {item.due && (
              <span className={item.overdue ? styles.danger : styles.secondary}>
                {item.overdue ? <ExclamationCircleFilled aria-hidden /> : <ClockCircleOutlined aria-hidden />}{' '}
                {item.overdue ? t('inbox.overdueSince', { date: formatDate(item.due) }) : t('inbox.due', { date: formatDate(item.due) })}
              </span>
            )}
            <WorkingDaysLeft workingDaysLeft={item.workingDaysLeft} overdue={item.overdue} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Kinds this build does not know yet (the server may add some) get a generic label rather than a raw code. */
function kindLabel(kind: string, t: TFunction, exists: (key: string) => boolean): string {
  const key = `inbox.kind.${kind}`;
  return exists(key) ? t(key as 'inbox.kind.OTHER') : t('inbox.kind.OTHER');
}

function detailText(item: InboxItem, t: TFunction): string {
  const detail = item.detail ?? '';
  switch (item.kind) {
    case 'CAMPAIGN_REPORT_DUE':
      return t(`inbox.stage.${detail}`, detail);
    case 'REGISTRATIONS_TO_SUBMIT':
    case 'REGISTRATIONS_TO_APPROVE':
      return t('inbox.registrations', { count: Number(detail) });
    case 'BALLOT_TO_CAST':
      return t('inbox.round', { round: detail });
    case 'SHEET_TO_FILL':
    case 'SHEET_TO_SUBMIT':
      return t('inbox.state', { state: t(`enums.sheetStatus.${detail}`, detail) });
    case 'SESSION_TO_RUN':
      return t('inbox.state', { state: t(`voting.status.${detail}`, detail) });
    default:
      return detail;
  }
}
