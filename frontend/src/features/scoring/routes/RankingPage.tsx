import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { saveBlob } from '@/lib/download';
import { formatPoints, useRanking, useRankingExport, useScoreCuts, type RankingRow, type ScoreCuts } from '../api/scoring';
import { SheetStatusTag } from '../components/SheetStatusTag';
import { BackLink } from '@/components/BackLink';

export function RankingPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const ranking = useRanking(id);
  const cuts = useScoreCuts(id);
  const exporter = useRankingExport();

  if (ranking.isPending) return <Skeleton active />;
  if (ranking.isError) return <ErrorAlert error={ranking.error} onRetry={() => void ranking.refetch()} />;
  const data = ranking.data;
  const best = Math.max(1, ...data.rows.map((r) => r.total));

  const columns: TableProps<RankingRow>['columns'] = [
    { key: 'rank', dataIndex: 'rank', title: t('scoring.rank'), width: 70, align: 'center' },
    {
      key: 'unit',
      dataIndex: 'unitName',
      title: t('scoring.unit'),
      render: (name: string, row) => (
        <Flex gap={8} align="center">
          <Link to={`/scoring/sheets/${row.sheetId}`}>{name}</Link>
          {row.tied && <Tag color="orange">{t('scoring.tied')}</Tag>}
        </Flex>
      ),
    },
    { key: 'status', dataIndex: 'status', title: t('scoring.status'), width: 150, render: (s: RankingRow['status']) => <SheetStatusTag status={s} /> },
    {
      key: 'total',
      dataIndex: 'total',
      title: t('scoring.total'),
      width: 280,
      render: (total: number) => (
        <Flex align="center" gap={8}>
          <div
            aria-hidden
            style={{ height: 12, width: `${Math.max(2, (total / best) * 180)}px`, background: '#1f4e8c', borderRadius: 3 }}
          />
          <Typography.Text strong>{formatPoints(total)}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'self', dataIndex: 'selfTotal', title: t('scoring.selfTotal'), width: 110, align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'deductions', dataIndex: 'deductions', title: t('scoring.deductions'), width: 110, align: 'right', render: (v: number) => formatPoints(v) },
  ];

  const tieBreak = data.tieBreak
    .map((rule) => (rule.startsWith('SECTION:') ? t('scoring.tieBreakRule.SECTION', { code: rule.slice(8) }) : t('scoring.tieBreakRule.FEWER_DEDUCTIONS')))
    .join(' → ');

  return (
    <Flex vertical gap={16}>
      <BackLink to="/scoring">{t('scoring.back')}</BackLink>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('scoring.rankingTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{data.clusterName}</Typography.Text>
        </div>
        <Flex gap={8} align="center">
          <Tag color={data.published ? 'green' : 'default'}>{data.published ? t('scoring.published') : t('scoring.draft')}</Tag>
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              icon={<DownloadOutlined />}
              loading={exporter.isPending && exporter.variables?.format === format}
              onClick={() =>
                exporter.mutate(
                  { clusterId: id!, format },
                  {
                    onSuccess: ({ blob }) => saveBlob(blob, `xep-hang-${id}.${format}`),
                  },
                )
              }
            >
              {format === 'csv' ? t('scoring.exportCsv') : t('scoring.exportXlsx')}
            </Button>
          ))}
        </Flex>
      </Flex>
      {tieBreak && (
        <Typography.Text type="secondary">
          {t('scoring.tieBreak')}: {tieBreak}
        </Typography.Text>
      )}
      {exporter.isError && <ErrorAlert error={exporter.error} />}
      <Table<RankingRow> rowKey="sheetId" size="middle" columns={columns} dataSource={data.rows} pagination={false} aria-label={t('scoring.rankingTitle')} />
      {data.pendingUnits.length > 0 && (
        <Typography.Text>
          {t('scoring.pending')}: {data.pendingUnits.map((u) => u.unitName).join('; ')}
        </Typography.Text>
      )}
      {cuts.isError && <ErrorAlert error={cuts.error} />}
      {cuts.data && <CutsReport cuts={cuts.data} />}
    </Flex>
  );
}

function CutsReport({ cuts }: { cuts: ScoreCuts }) {
  const { t } = useTranslation();
  const byUnit: TableProps<ScoreCuts['byUnit'][number]>['columns'] = [
    { key: 'unit', dataIndex: 'unitName', title: t('scoring.unit') },
    { key: 'self', dataIndex: 'selfTotal', title: t('scoring.selfTotal'), align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'verified', dataIndex: 'verifiedTotal', title: t('scoring.verifiedTotal'), align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'cut', dataIndex: 'cut', title: t('scoring.cut'), align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'criteriaCut', dataIndex: 'criteriaCut', title: t('scoring.criteriaCut'), align: 'right' },
  ];
  const byCriterion: TableProps<ScoreCuts['byCriterion'][number]>['columns'] = [
    { key: 'code', dataIndex: 'criterionCode', title: t('scoring.code'), width: 70 },
    { key: 'text', dataIndex: 'text', title: t('scoring.criterion') },
    { key: 'total', dataIndex: 'totalCut', title: t('scoring.cut'), align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'largest', dataIndex: 'largestCut', title: t('scoring.largestCut'), align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'units', dataIndex: 'unitsCut', title: t('scoring.unitsCut'), align: 'right' },
  ];
  return (
    <Card title={t('scoring.cutsTitle')} size="small">
      <Flex vertical gap={16}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('scoring.cutsByUnit')}
        </Typography.Title>
        <Table rowKey="unitId" size="small" pagination={false} columns={byUnit} dataSource={cuts.byUnit} locale={{ emptyText: t('scoring.noCuts') }} />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('scoring.cutsByCriterion')}
        </Typography.Title>
        <Table
          rowKey="criterionCode"
          size="small"
          pagination={false}
          columns={byCriterion}
          dataSource={cuts.byCriterion}
          locale={{ emptyText: t('scoring.noCuts') }}
        />
      </Flex>
    </Card>
  );
}
