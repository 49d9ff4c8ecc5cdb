import { Flex, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDate } from '@/lib/format';
import { useCampaignReport, type CampaignParticipationRow } from '../api/reports';
import { ExportButtons } from './ExportButtons';
import { ShareBar } from './ShareBar';

/** Participation in every campaign: targeted, registered, reporting and overdue units. */
export function CampaignsTab() {
  const { t } = useTranslation();
  const report = useCampaignReport();
  const columns: TableProps<CampaignParticipationRow>['columns'] = [
    { key: 'title', dataIndex: 'title', title: t('reporting.campaigns.campaign'), render: (v: string, r) => <Link to={`/campaigns/${r.campaignId}`}>{v}</Link> },
    { key: 'status', dataIndex: 'status', title: t('reporting.campaigns.status'), render: (s: string) => t(`enums.campaignStatus.${s}`, s) },
    { key: 'dates', title: t('reporting.campaigns.dates'), render: (_, r) => `${formatDate(r.startDate)} – ${formatDate(r.endDate)}` },
    {
      key: 'registered',
      title: t('reporting.campaigns.registered'),
      render: (_, r) => <ShareBar value={r.registeredUnits} max={r.targetUnits} label={`${r.registeredUnits}/${r.targetUnits}`} />,
    },
    { key: 'interim', dataIndex: 'interimReportedUnits', title: t('reporting.campaigns.interim'), align: 'right' },
    { key: 'final', dataIndex: 'finalReportedUnits', title: t('reporting.campaigns.final'), align: 'right' },
    {
      key: 'overdue',
      dataIndex: 'overdueUnits',
      title: t('reporting.campaigns.overdue'),
      align: 'right',
      render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        {report.data ? (
          <Typography.Text>
            {t('reporting.campaigns.summary', {
              campaigns: report.data.campaigns,
              targets: report.data.targetUnits,
              overdue: report.data.overdueUnits,
              date: formatDate(report.data.asOf),
            })}
          </Typography.Text>
        ) : (
          <span />
        )}
        <ExportButtons target={{ report: 'campaigns' }} fileName="bao-cao-phong-trao" />
      </Flex>
      {report.isError && <ErrorAlert error={report.error} />}
      <Table<CampaignParticipationRow>
        rowKey="campaignId"
        size="small"
        loading={report.isPending}
        aria-label={t('reporting.tabs.campaigns')}
        dataSource={report.data?.rows}
        columns={columns}
      />
    </Flex>
  );
}

