import { CheckCircleTwoTone } from '@ant-design/icons';
import { Flex, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useParticipation, type UnitParticipation } from '../api/campaigns';

type Reason = 'REGISTRATION' | 'INTERIM_REPORT' | 'FINAL_REPORT';

/** "Launched but nothing moves": registered, reported and overdue target units. */
export function ParticipationPanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const participation = useParticipation(campaignId, true);
  if (participation.isError) return <ErrorAlert error={participation.error} onRetry={() => void participation.refetch()} />;
  const data = participation.data;
  const done = (yes: boolean) => (yes ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : '—');
  return (
    <Flex vertical gap={16}>
      <Flex gap={32} wrap>
        <Statistic title={t('participation.targetUnits')} value={data?.targetUnits ?? 0} loading={participation.isPending} />
        <Statistic title={t('participation.registered')} value={data?.registeredUnits ?? 0} loading={participation.isPending} />
        <Statistic title={t('participation.interim')} value={data?.interimReportedUnits ?? 0} loading={participation.isPending} />
        <Statistic title={t('participation.final')} value={data?.finalReportedUnits ?? 0} loading={participation.isPending} />
        <Statistic
          title={t('participation.overdue')}
          value={data?.overdueUnits ?? 0}
          loading={participation.isPending}
          valueStyle={data?.overdueUnits ? { color: '#cf1322' } : undefined}
        />
      </Flex>
      <Table<UnitParticipation>
        rowKey="unitId"
        size="small"
        pagination={false}
        loading={participation.isPending}
        dataSource={data?.units ?? []}
        columns={[
          { key: 'unit', dataIndex: 'unitName', title: t('registrations.unit') },
          { key: 'registrations', dataIndex: 'registrations', title: t('participation.registrations'), width: 110, align: 'right' },
          { key: 'approved', dataIndex: 'approvedRegistrations', title: t('participation.approvedRegistrations'), width: 100, align: 'right' },
          { key: 'interim', dataIndex: 'interimReported', title: t('participation.interim'), width: 150, align: 'center', render: done },
          { key: 'final', dataIndex: 'finalReported', title: t('participation.final'), width: 150, align: 'center', render: done },
          {
            key: 'overdue',
            title: t('participation.reasons'),
            width: 260,
            render: (_v, u) =>
              u.overdue ? (
                u.overdueReasons.map((r) => (
                  <Tag key={r} color="red">
                    {t(`enums.overdueReason.${r as Reason}`)}
                  </Tag>
                ))
              ) : (
                <Tag color="green">{t('participation.onTrack')}</Tag>
              ),
          },
        ]}
      />
    </Flex>
  );
}
