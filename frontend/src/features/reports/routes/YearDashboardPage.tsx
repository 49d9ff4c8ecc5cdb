import { Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { todayInVietnam } from '@/lib/today';
import { formatShare, usePeriods, useYearDashboard, type YearDashboard } from '../api/reports';

// recharts loads with the first chart (its own chunk), after the figures are on screen.
const ClusterProgressChart = lazy(async () => ({ default: (await import('../components/charts')).ClusterProgressChart }));
const CountsChart = lazy(async () => ({ default: (await import('../components/charts')).CountsChart }));
const AwardLevelsChart = lazy(async () => ({ default: (await import('../components/charts')).AwardLevelsChart }));

type ClusterRow = YearDashboard['clusters'][number];

function ChartSlot({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 240 }} />}>{children}</Suspense>;
}

/** The secretariat's year: where each cluster stands, participation, dossiers and awards of one emulation period. */
export function YearDashboardPage() {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState<string>();
  const periods = usePeriods();
  const dashboard = useYearDashboard(periodId);
  const d = dashboard.data;
  // an ended period can be entered as history by the secretariat (docs/statistics.md)
  const pastYearOpen = useMe().data?.roles.includes('secretariat') ?? false;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {d ? t('dashboard.titleOf', { period: d.periodLabel }) : t('dashboard.title')}
        </Typography.Title>
        <Flex gap={16} wrap align="center">
          {d && pastYearOpen && d.endDate < todayInVietnam() && (
            <Link to={`/history/${d.periodId}`}>{t('pastYear.open')}</Link>
          )}
        <Select
          aria-label={t('dashboard.period')}
          style={{ minWidth: 200 }}
          loading={periods.isPending}
          value={periodId ?? d?.periodId}
          onChange={setPeriodId}
          options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
        />
        </Flex>
      </Flex>
      {dashboard.isPending && <Skeleton active />}
      {dashboard.isError && <ErrorAlert error={dashboard.error} />}
      {d && <DashboardView dashboard={d} />}
    </Flex>
  );
}

function DashboardView({ dashboard: d }: { dashboard: YearDashboard }) {
  const { t } = useTranslation();
  const published = d.clusters.filter((c) => c.rankingPublished).length;
  const held = d.clusters.filter((c) => c.electionsHeld > 0).length;
  const dossiers = d.dossiersByState.reduce((sum, s) => sum + s.dossiers, 0);
  const awards = d.awardsByLevel.reduce((sum, l) => sum + l.individualAwards + l.collectiveAwards, 0);
  const columns: TableProps<ClusterRow>['columns'] = [
    {
      key: 'name',
      dataIndex: 'clusterName',
      title: t('dashboard.clusters.cluster'),
      render: (name: string, c) => <Link to={`/scoring/clusters/${c.clusterId}/ranking`}>{name}</Link>,
    },
    { key: 'members', dataIndex: 'members', title: t('dashboard.clusters.members'), align: 'right', width: 90 },
    {
      key: 'sheets',
      title: t('dashboard.clusters.sheets'),
      width: 170,
      render: (_, c) => `${c.submittedSheets} / ${c.verifiedSheets} / ${c.lockedSheets}`,
    },
    {
      key: 'ranking',
      title: t('dashboard.clusters.ranking'),
      width: 130,
      render: (_, c) =>
        c.rankingPublished ? <Tag color="green">{t('dashboard.clusters.published')}</Tag> : <Tag>{t('dashboard.clusters.draft')}</Tag>,
    },
    {
      key: 'elections',
      title: t('dashboard.clusters.elections'),
      width: 130,
      render: (_, c) => (c.elections === 0 ? '—' : `${c.electionsHeld}/${c.elections}`),
    },
    { key: 'dossiers', dataIndex: 'dossiers', title: t('dashboard.clusters.dossiers'), align: 'right', width: 90 },
  ];
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('dashboard.dates', { from: formatDate(d.startDate), to: formatDate(d.endDate) })}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.stats.rankings')} value={published} suffix={`/ ${d.clusters.length}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.stats.elections')} value={held} suffix={`/ ${d.clusters.length}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.stats.registered')} value={formatShare(d.participation.registeredShare)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.stats.dossiers')} value={dossiers} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('dashboard.clusters.title')}>
        {d.clusters.length === 0 ? (
          <Empty description={t('dashboard.clusters.none')} />
        ) : (
          <Flex vertical gap={12}>
            <ChartSlot>
              <ClusterProgressChart clusters={d.clusters} />
            </ChartSlot>
            <Table<ClusterRow>
              rowKey="clusterId"
              size="small"
              pagination={false}
              aria-label={t('dashboard.clusters.title')}
              dataSource={d.clusters}
              columns={columns}
            />
            <Typography.Text type="secondary">{t('dashboard.clusters.legend')}</Typography.Text>
          </Flex>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.participation.title')} style={{ height: '100%' }}>
            <Typography.Paragraph>
              {t('dashboard.participation.summary', {
                campaigns: d.participation.campaigns,
                targets: d.participation.targetUnits,
                registered: d.participation.registeredUnits,
                reported: d.participation.finalReports,
              })}
            </Typography.Paragraph>
            <ChartSlot>
              <CountsChart
                label={t('dashboard.participation.byStatus')}
                data={d.participation.registrationsByStatus.map((r) => ({
                  name: t(`enums.registrationStatus.${r.status}`, r.status),
                  count: r.registrations,
                }))}
                color="#13c2c2"
              />
            </ChartSlot>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.dossiers.title')} style={{ height: '100%' }}>
            {dossiers === 0 ? (
              <Empty description={t('dashboard.dossiers.none')} />
            ) : (
              <ChartSlot>
                <CountsChart
                  label={t('dashboard.dossiers.title')}
                  data={d.dossiersByState.map((s) => ({ name: t(`nominations.statuses.${s.status}`, s.status), count: s.dossiers }))}
                  color="#fa8c16"
                />
              </ChartSlot>
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('dashboard.awards.title')}>
        {awards === 0 ? (
          <Empty description={t('dashboard.awards.none')} />
        ) : (
          <ChartSlot>
            <AwardLevelsChart levels={d.awardsByLevel} />
          </ChartSlot>
        )}
      </Card>
    </Flex>
  );
}
