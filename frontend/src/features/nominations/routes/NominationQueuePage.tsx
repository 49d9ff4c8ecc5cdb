import { App, Button, Flex, Space, Table, Tabs, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { PLAIN_ACTIONS, type Nomination, type NominationStatus, type PlainAction, useNominationsIn, useQueueAction } from '../api/nominations';
import { nominationColumns } from '../components/nominationColumns';

const APPRAISAL: NominationStatus[] = ['SUBMITTED', 'RECEIVED', 'APPRAISING'];
const AGENDA: NominationStatus[] = ['ON_AGENDA', 'PUBLIC_COMMENT'];

/** The secretariat's work queues: dossiers to receive and appraise, and the council's agenda. */
export function NominationQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  // Council members only read the agenda; the secretariat starts with what awaits appraisal.
  const appraises = hasAnyRole(me.data?.roles, ['secretariat', 'admin']);
  const tab = params.get('tab') === 'agenda' || (!params.get('tab') && me.data && !appraises) ? 'agenda' : 'appraisal';
  if (!params.get('tab') && me.isPending) return null;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('queue.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'appraisal', label: t('queue.appraisal'), children: tab === 'appraisal' && <Queue statuses={APPRAISAL} name={t('queue.appraisal')} /> },
          { key: 'agenda', label: t('queue.agenda'), children: tab === 'agenda' && <Queue statuses={AGENDA} name={t('queue.agenda')} agenda /> },
        ]}
      />
    </Flex>
  );
}

function Queue({ statuses, name, agenda = false }: { statuses: NominationStatus[]; name: string; agenda?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queue = useNominationsIn(statuses);
  const act = useQueueAction();

  const columns: TableProps<Nomination>['columns'] = [
    ...nominationColumns(t),
    {
      key: 'actions',
      title: t('queue.actions'),
      render: (_: unknown, n) => (
        <Space wrap>
          {n.allowedActions.filter((a): a is PlainAction => PLAIN_ACTIONS.includes(a)).map((action) => (
            <Button
              key={action}
              size="small"
              type="primary"
              loading={act.isPending && act.variables?.id === n.id}
              onClick={() => act.mutate({ id: n.id, action }, { onSuccess: () => void message.success(t('nominations.done')) })}
            >
              {t(`nominations.actions.${action}`)}
            </Button>
          ))}
          {agenda && (n.allowedActions.includes('council-vote') || n.allowedActions.includes('council-result')) && (
            <Link to={`/nominations/${n.id}`}>{t('queue.recordCouncil')}</Link>
          )}
          {agenda && !n.allowedActions.some((a) => a.startsWith('council')) && <Link to={`/nominations/${n.id}`}>{t('queue.read')}</Link>}
        </Space>
      ),
    },
  ];

  return (
    <>
      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {act.isError && <ErrorAlert error={act.error} />}
      <Table<Nomination>
        rowKey="id"
        aria-label={name}
        loading={queue.isLoading}
        columns={columns}
        dataSource={queue.data ?? []}
        pagination={false}
      />
    </>
  );
}
