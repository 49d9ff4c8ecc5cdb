import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { useVotingSessions, type SessionStatus, type VotingSessionSummary } from '../api/voting';
import { SessionStatusTag } from '../components/SessionStatusTag';

const STATUSES: SessionStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'TALLIED', 'PUBLISHED'];

export function VotingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as SessionStatus | null) ?? undefined;
  const sessions = useVotingSessions({ status, size: 100 });
  const canCreate = hasAnyRole(me.data?.roles, ['secretariat', 'admin', 'cluster-lead']);

  const columns: TableProps<VotingSessionSummary>['columns'] = [
    {
      key: 'title',
      dataIndex: 'title',
      title: t('voting.session'),
      render: (title: string, s) => <Link to={`/voting/${s.id}`}>{title}</Link>,
    },
    { key: 'cluster', dataIndex: 'clusterName', title: t('voting.cluster'), responsive: ['md'], render: (v?: string) => v ?? t('voting.council') },
    { key: 'date', dataIndex: 'sessionDate', title: t('voting.date'), width: 120, render: (d: string) => formatDate(d) },
    { key: 'round', dataIndex: 'round', title: t('voting.round'), width: 70, align: 'center', responsive: ['md'] },
    { key: 'mode', dataIndex: 'mode', title: t('voting.mode'), width: 120, responsive: ['md'], render: (m: 'ELECTRONIC' | 'PAPER') => t(`voting.modes.${m}`) },
    { key: 'status', dataIndex: 'status', title: t('voting.statusLabel'), width: 140, render: (s: SessionStatus) => <SessionStatusTag status={s} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('voting.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Select<SessionStatus>
            allowClear
            placeholder={t('voting.statusLabel')}
            style={{ width: 180 }}
            value={status}
            onChange={(value) => setParams(value ? { status: value } : {})}
            options={STATUSES.map((s) => ({ value: s, label: t(`voting.status.${s}`) }))}
            aria-label={t('voting.statusLabel')}
          />
          {canCreate && (
            <Link to="/voting/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('voting.create')}
              </Button>
            </Link>
          )}
        </Flex>
      </Flex>
      {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      <Table<VotingSessionSummary>
        rowKey="id"
        size="middle"
        loading={sessions.isPending}
        columns={columns}
        dataSource={sessions.data?.items ?? []}
        pagination={false}
        aria-label={t('voting.title')}
        locale={{ emptyText: t('voting.empty') }}
      />
    </Flex>
  );
}
