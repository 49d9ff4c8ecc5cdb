import { Alert, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useInbox } from '@/features/inbox/api/inbox';
import { InboxList } from '@/features/inbox/components/InboxList';
import { useMe } from '@/lib/auth/me';
import { isKnownRole } from '@/lib/auth/roles';

/** Home: the caller's inbox (what matters in the next two weeks, overdue first), with who they are in one line. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const inbox = useInbox();

  if (me.isPending) return <Skeleton active />;
  if (!me.data) return null; // the layout shows the error

  const { displayName, username, roles, unitName } = me.data;
  const knownRoles = roles.filter(isKnownRole);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {t('home.welcome', { name: displayName })}
      </Typography.Title>
      <Flex gap={4} wrap align="center">
        <Typography.Text type="secondary">{username}</Typography.Text>
        <Typography.Text type="secondary">·</Typography.Text>
        <Typography.Text type="secondary">{unitName ?? t('home.noUnit')}</Typography.Text>
        {knownRoles.map((role) => (
          <Tag key={role} color="blue">
            {t(`enums.role.${role}`)}
          </Tag>
        ))}
      </Flex>
      <Card
        title={<h2 style={{ fontSize: 'inherit', margin: 0 }}>{t('inbox.title')}</h2>}
        extra={
          inbox.data && (
            <Typography.Text type={inbox.data.overdue > 0 ? 'danger' : 'secondary'}>
              {inbox.data.overdue > 0
                ? t('inbox.summaryOverdue', { count: inbox.data.total, overdue: t('inbox.overdueCount', { count: inbox.data.overdue }) })
                : t('inbox.summary', { count: inbox.data.total })}
            </Typography.Text>
          )
        }
        styles={{ header: { flexWrap: 'wrap', gap: 4, paddingBlock: 8 } }}
      >
        {inbox.isPending && <Skeleton active />}
        {inbox.isError && <ErrorAlert error={inbox.error} />}
        {inbox.data && inbox.data.overdue > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('inbox.overdueAlert', { count: inbox.data.overdue })} />
        )}
        {inbox.data && <InboxList items={inbox.data.items} roles={inbox.data.roles} asOf={inbox.data.asOf} />}
      </Card>
    </Flex>
  );
}
