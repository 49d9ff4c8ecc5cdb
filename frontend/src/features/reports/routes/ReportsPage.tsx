import { Card, Col, Empty, Flex, InputNumber, Row, Skeleton, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import {
  formatShare,
  useAwardsReport,
  useCampaignReport,
  useScoringOverview,
  useUnitHistory,
  type AwardsFilter,
  type AwardsReport,
  type CampaignParticipationRow,
  type ReachLevel,
  type ScoringClusterRow,
  type UnitHistory,
} from '../api/reports';
import { ExportButtons } from '../components/ExportButtons';
import { UnitPicker } from '../components/UnitPicker';
import { ShareBar } from '../components/ShareBar';

/** Leaders' reports: how far awards reach, campaign participation, scoring, and a unit's years. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Skeleton active />;
  const sector = hasAnyRole(me.data?.roles, ['admin', 'secretariat', 'viewer']);
  const unitId = me.data?.unitId ?? undefined;
  const items = [
    ...(sector
      ? [
          { key: 'awards', label: t('reporting.tabs.awards'), children: <AwardsTab /> },
          { key: 'campaigns', label: t('reporting.tabs.campaigns'), children: <CampaignsTab /> },
          { key: 'scoring', label: t('reporting.tabs.scoring'), children: <ScoringTab /> },
        ]
      : []),
    // Sector-wide readers pick any unit; unit staff read their own unit's history only.
    ...(sector || unitId
      ? [{ key: 'unit', label: t('reporting.tabs.unit'), children: sector ? <PickedUnitTab initialUnitId={unitId} initialUnitName={me.data?.unitName ?? undefined} /> : <UnitTab unitId={unitId!} /> }]
      : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('reporting.title')}
      </Typography.Title>
      {items.length === 0 ? <Empty description={t('reporting.nothing')} /> : <Tabs items={items} destroyOnHidden />}
    </Flex>
  );
}

function AwardsTab() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AwardsFilter>({});
  const report = useAwardsReport(filter);
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap justify="space-between">
        <Flex gap={8} align="center">
          <span>{t('reporting.yearFrom')}</span>
          <InputNumber
            aria-label={t('reporting.yearFrom')}
            min={1945}
            max={2100}
            value={filter.yearFrom}
            onChange={(v) => setFilter((f) => ({ ...f, yearFrom: v ?? undefined }))}
          />
          <span>{t('reporting.yearTo')}</span>
          <InputNumber
            aria-label={t('reporting.yearTo')}
            min={1945}
            max={2100}
            value={filter.yearTo}
            onChange={(v) => setFilter((f) => ({ ...f, yearTo: v ?? undefined }))}
          />
        </Flex>
        <ExportButtons target={{ report: 'awards', filter }} fileName="bao-cao-khen-thuong" />
      </Flex>
      {report.isPending && <Skeleton active />}
      {report.isError && <ErrorAlert error={report.error} />}
      {report.data && <AwardsView report={report.data} />}
    </Flex>
  );
}

function AwardsView({ report }: { report: AwardsReport }) {
  const { t } = useTranslation();
  const commune = report.byLevel.find((l) => l.level === 'COMMUNE');
  const max = Math.max(1, ...report.byLevel.map((l) => l.awards));
  return (
    <Flex vertical gap={16}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('reporting.awards.total')} value={report.awards} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('reporting.awards.individual')} value={report.individualAwards} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('reporting.awards.communeShare')} value={formatShare(commune?.share)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('reporting.awards.frontlineShare')} value={formatShare(report.staff.frontlineShare)} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('reporting.awards.byLevel')}>
        <Table
          rowKey="level"
          size="small"
          pagination={false}
          aria-label={t('reporting.awards.byLevel')}
          dataSource={report.byLevel}
          columns={[
            { key: 'level', dataIndex: 'level', title: t('reporting.awards.level'), render: (l: ReachLevel) => t(`reporting.level.${l}`) },
            {
              key: 'awards',
              dataIndex: 'awards',
              title: t('reporting.awards.count'),
              render: (n: number, row) => <ShareBar value={n} max={max} label={`${n} (${formatShare(row.share)})`} />,
            },
            { key: 'individual', dataIndex: 'individualAwards', title: t('reporting.awards.individual'), align: 'right' },
            { key: 'collective', dataIndex: 'collectiveAwards', title: t('reporting.awards.collective'), align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t('reporting.awards.staff')}>
        <Flex vertical gap={6}>
          <ShareBar
            value={report.staff.leaderAwards}
            max={Math.max(1, report.staff.individualAwards)}
            label={`${t('reporting.awards.leaders')}: ${report.staff.leaderAwards}`}
            color="#8c8c8c"
          />
          <ShareBar
            value={report.staff.frontlineAwards}
            max={Math.max(1, report.staff.individualAwards)}
            label={`${t('reporting.awards.frontline')}: ${report.staff.frontlineAwards} (${formatShare(report.staff.frontlineShare)})`}
          />
          <Typography.Text type="secondary">
            {t('reporting.awards.communeFrontline', { count: report.staff.communeFrontlineAwards })}
          </Typography.Text>
        </Flex>
      </Card>
      <Card size="small" title={t('reporting.awards.byType')}>
        <Table
          rowKey="awardTypeCode"
          size="small"
          pagination={false}
          dataSource={report.byAwardType}
          columns={[
            { key: 'name', dataIndex: 'awardTypeName', title: t('reporting.awards.type') },
            { key: 'awards', dataIndex: 'awards', title: t('reporting.awards.count'), align: 'right' },
            { key: 'ministry', dataIndex: 'ministry', title: t('reporting.level.MINISTRY'), align: 'right' },
            { key: 'provincial', dataIndex: 'provincial', title: t('reporting.level.PROVINCIAL'), align: 'right' },
            { key: 'district', dataIndex: 'district', title: t('reporting.level.DISTRICT'), align: 'right' },
            { key: 'commune', dataIndex: 'commune', title: t('reporting.level.COMMUNE'), align: 'right' },
            { key: 'frontline', dataIndex: 'frontline', title: t('reporting.awards.frontline'), align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t('reporting.awards.byYear')}>
        <Table
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={report.byYear}
          columns={[
            { key: 'year', dataIndex: 'year', title: t('reporting.year') },
            { key: 'awards', dataIndex: 'awards', title: t('reporting.awards.count'), align: 'right' },
            { key: 'commune', dataIndex: 'commune', title: t('reporting.level.COMMUNE'), align: 'right' },
            { key: 'frontline', dataIndex: 'frontline', title: t('reporting.awards.frontline'), align: 'right' },
          ]}
        />
      </Card>
    </Flex>
  );
}

function CampaignsTab() {
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

function ScoringTab() {
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

/** The unit picker (searched by the server, accents optional) above the chosen unit's history. */
function PickedUnitTab({ initialUnitId, initialUnitName }: { initialUnitId?: string; initialUnitName?: string }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<{ id?: string; name?: string }>({ id: initialUnitId, name: initialUnitName });
  const unitId = picked.id;
  return (
    <Flex vertical gap={12}>
      <UnitPicker
        value={unitId}
        valueLabel={picked.name}
        onChange={(id, name) => setPicked({ id, name })}
        placeholder={t('reporting.unit.pick')}
        style={{ width: 480, maxWidth: '100%' }}
      />
      {unitId ? <UnitTab key={unitId} unitId={unitId} /> : <Empty description={t('reporting.unit.pickFirst')} />}
    </Flex>
  );
}

function UnitTab({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const history = useUnitHistory(unitId);
  if (history.isPending) return <Skeleton active />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  const h: UnitHistory = history.data;
  const max = Math.max(1, ...h.years.map((y) => y.collectiveAwards + y.individualAwards));
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {h.unitName}
          </Typography.Title>
          {h.lineage.length > 1 && (
            <Typography.Text type="secondary">
              {t('reporting.unit.lineage', { units: h.lineage.filter((u) => u.unitId !== h.unitId).map((u) => u.name).join('; ') })}
            </Typography.Text>
          )}
        </Flex>
        <ExportButtons target={{ report: 'unit', unitId }} fileName={`lich-su-don-vi-${unitId}`} />
      </Flex>
      <Table
        rowKey="year"
        size="small"
        pagination={false}
        aria-label={t('reporting.tabs.unit')}
        dataSource={h.years}
        locale={{ emptyText: t('reporting.unit.empty') }}
        columns={[
          { key: 'year', dataIndex: 'year', title: t('reporting.year'), width: 80 },
          {
            key: 'awards',
            title: t('reporting.unit.awards'),
            render: (_, y) => (
              <ShareBar
                value={y.collectiveAwards + y.individualAwards}
                max={max}
                label={t('reporting.unit.awardsSplit', { collective: y.collectiveAwards, individual: y.individualAwards })}
              />
            ),
          },
          { key: 'rank', dataIndex: 'rank', title: t('reporting.unit.rank'), align: 'right', render: (r?: number) => r ?? '—' },
          { key: 'total', dataIndex: 'total', title: t('reporting.unit.total'), align: 'right', render: (v?: number) => v?.toLocaleString('vi-VN') ?? '—' },
        ]}
      />
      <Card size="small" title={t('reporting.unit.awardList')}>
        <Table
          rowKey={(a) => `${a.year}-${a.awardTypeCode}-${a.unitName}-${a.individual}`}
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={h.awards}
          columns={[
            { key: 'year', dataIndex: 'year', title: t('reporting.year'), width: 80 },
            { key: 'type', dataIndex: 'awardTypeName', title: t('reporting.awards.type') },
            {
              key: 'subject',
              dataIndex: 'individual',
              title: t('reporting.unit.subject'),
              render: (i: boolean) => (i ? t('reporting.awards.individual') : t('reporting.awards.collective')),
            },
            { key: 'unit', dataIndex: 'unitName', title: t('reporting.unit.unit') },
            { key: 'n', dataIndex: 'awards', title: t('reporting.awards.count'), align: 'right' },
          ]}
        />
      </Card>
    </Flex>
  );
}
