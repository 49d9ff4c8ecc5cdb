import { Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useScoringOverview, type ScoringClusterRow } from '../api/reports';
import { ExportButtons } from './ExportButtons';
import { ShareBar } from './ShareBar';

/** Scoring per cluster: the sheets' progress, the leader and how much self-scores were cut. */
export function ScoringTab() {
  const { t } = useTranslation();
  const report = useScoringOverview();
  const maxCut = Math.max(1, ...(report.data?.clusters ?? []).map((c) => c.cut));
  const columns: TableProps<ScoringClusterRow>['columns'] = [
    { key: 'period', dataIndex: 'periodLabel', title: t('reporting.scoring.period'), width: 80 },
    {
      key: 'cluster',
      dataIndex: 'clusterName',
      title: t('reporting.scoring.cluster'),
      render: (v: string, r) => <Link to={`/scoring/clusters/${r.clusterId}/ranking`}>{v}</Link>,
    },
    {
      key: 'sheets',
      title: t('reporting.scoring.sheets'),
      render: (_, r) => <ShareBar value={r.lockedSheets} max={r.members} label={`${r.submittedSheets}/${r.verifiedSheets}/${r.lockedSheets} · ${r.members}`} />,
    },
    {
      key: 'top',
      title: t('reporting.scoring.top'),
      render: (_, r) => (r.topUnitName ? `${r.topUnitName} (${r.topTotal?.toLocaleString('vi-VN')})` : '—'),
    },
    {
      key: 'cut',
      dataIndex: 'cut',
      title: t('reporting.scoring.cut'),
      render: (n: number, r) => <ShareBar value={n} max={maxCut} color="#d4380d" label={`${n.toLocaleString('vi-VN')} · ${r.criteriaCut}`} />,
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('reporting.scoring.legend')}</Typography.Text>
        <ExportButtons target={{ report: 'scoring' }} fileName="bao-cao-cham-diem" />
      </Flex>
      {report.isError && <ErrorAlert error={report.error} />}
      <Table<ScoringClusterRow>
        rowKey="clusterId"
        size="small"
        loading={report.isPending}
        aria-label={t('reporting.tabs.scoring')}
        dataSource={report.data?.clusters}
        columns={columns}
      />
    </Flex>
  );
}

