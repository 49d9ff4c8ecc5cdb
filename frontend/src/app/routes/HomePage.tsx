import { useTranslation } from 'react-i18next';
import { LazyErrorAlert } from '@/components/LazyErrorAlert';
import { Tag } from '@/components/Tag';
import { useInbox } from '@/features/inbox/api/inbox';
import { InboxList } from '@/features/inbox/components/InboxList';
import { useMe } from '@/lib/auth/me';
import { isKnownRole } from '@/lib/auth/roles';
import styles from './HomePage.module.css';

/**
 * Home: the caller's inbox (what matters in the next two weeks, overdue first), with who they are in one line.
 * Plain HTML and CSS: it is the first page after login, and its load carries no Ant Design.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const inbox = useInbox();

  if (me.isPending) return <Loading />;
  if (!me.data) return null; // the layout shows the error

  const { displayName, username, roles, unitName } = me.data;
  const knownRoles = roles.filter(isKnownRole);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t('home.welcome', { name: displayName })}</h1>
      <div className={styles.who}>
        <span>{username}</span>
        <span>·</span>
        <span>{unitName ?? t('home.noUnit')}</span>
        {knownRoles.map((role) => (
          <Tag key={role} color="blue">
            {t(`enums.role.${role}`)}
          </Tag>
        ))}
      </div>
      <section className={styles.card} aria-labelledby="inbox-title">
        <div className={styles.cardHeader}>
          <h2 id="inbox-title" className={styles.cardTitle}>
            {t('inbox.title')}
          </h2>
          {inbox.data && (
            <span className={inbox.data.overdue > 0 ? styles.danger : styles.secondary}>
              {inbox.data.overdue > 0
                ? t('inbox.summaryOverdue', { count: inbox.data.total, overdue: t('inbox.overdueCount', { count: inbox.data.overdue }) })
                : t('inbox.summary', { count: inbox.data.total })}
            </span>
          )}
        </div>
        <div className={styles.cardBody}>
          {inbox.isPending && <Loading />}
          {inbox.isError && <LazyErrorAlert error={inbox.error} />}
          {inbox.data && inbox.data.overdue > 0 && (
            <p className={`${styles.overdueAlert} ${styles.danger}`}>
              <span aria-hidden>⚠</span>
              <span>{t('inbox.overdueAlert', { count: inbox.data.overdue })}</span>
            </p>
          )}
          {inbox.data && <InboxList items={inbox.data.items} roles={inbox.data.roles} asOf={inbox.data.asOf} />}
        </div>
      </section>
    </div>
  );
}

/** Grey bars while the data comes (`app-skeleton`: the browser journeys wait until none is left). */
function Loading() {
  const { t } = useTranslation();
  return (
    <div className={`app-skeleton ${styles.skeleton}`} role="status" aria-label={t('app.loading')}>
      <span />
      <span />
      <span />
    </div>
  );
}
