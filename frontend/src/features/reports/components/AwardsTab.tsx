import { Card, Col, Flex, InputNumber, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatShare, useAwardsReport, type AwardsFilter, type AwardsReport, type ReachLevel } from '../api/reports';
import { ExportButtons } from './ExportButtons';
import { ShareBar } from './ShareBar';

// The chart library loads with the first chart, not with the tables.
const ReachByLevelChart = lazy(async () => ({ default: (await import('./charts')).ReachByLevelChart }));
const AwardsByYearChart = lazy(async () => ({ default: (await import('./charts')).AwardsByYearChart }));

/** How far awards reach: by level, position, award type and year, with the year range as filter. */
export function AwardsTab() {
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

export function AwardsView({ report }: { report: AwardsReport }) {
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
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 220 }} />}>
          <ReachByLevelChart levels={report.byLevel} />
        </Suspense>
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
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 220 }} />}>
          <AwardsByYearChart years={report.byYear} />
        </Suspense>
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

