import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useRegistrationTotals, type RegistrationTotals } from '../api/campaigns';

type Row = RegistrationTotals['rows'][number];

/** Counts per award type and status, like the ministry's yearly registration table. */
export function TotalsPanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const totals = useRegistrationTotals(campaignId);
  if (totals.isError) return <ErrorAlert error={totals.error} onRetry={() => void totals.refetch()} />;
  return (
    <Table<Row>
      rowKey="awardTypeId"
      size="small"
      loading={totals.isPending}
      pagination={false}
      dataSource={totals.data?.rows ?? []}
      locale={{ emptyText: t('registrations.empty') }}
      columns={[
        { key: 'name', dataIndex: 'name', title: t('registrations.awardType') },
        { key: 'subject', dataIndex: 'subject', title: t('registrations.subject'), width: 180, render: (s: Row['subject']) => t(`enums.awardSubject.${s}`) },
        { key: 'submitted', dataIndex: 'submitted', title: t('registrations.submitted'), width: 110, align: 'right' },
        { key: 'approved', dataIndex: 'approved', title: t('registrations.approved'), width: 110, align: 'right' },
        { key: 'returned', dataIndex: 'returned', title: t('registrations.returned'), width: 110, align: 'right' },
        { key: 'total', dataIndex: 'total', title: t('registrations.total'), width: 110, align: 'right' },
      ]}
      summary={() =>
        totals.data && totals.data.rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t('registrations.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{totals.data.submitted}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{totals.data.approved}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">{totals.data.returned}</Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <strong>{totals.data.total}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
