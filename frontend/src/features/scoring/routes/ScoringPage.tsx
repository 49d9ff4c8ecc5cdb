import { Button, Empty, Flex, Select, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { todayInVietnam } from '@/lib/today';
import { formatPoints, useOpenSheet, useScoreSheets, useScoringClusters, useScoringPeriods, type ScoreSheetSummary } from '../api/scoring';
import { SheetStatusTag } from '../components/SheetStatusTag';

const SECTOR_WIDE = ['admin', 'secretariat', 'viewer', 'council-member'] as const;

export function ScoringPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const periods = useScoringPeriods();
  const today = todayInVietnam();
  const periodId =
    params.get('periodId') ??
    (periods.data?.find((p) => p.startDate <= today && today <= p.endDate) ?? periods.data?.[0])?.id;
  // Unit users see the clusters of their unit; sector-wide readers see them all.
  const ownUnit = me.data && !hasAnyRole(me.data.roles, [...SECTOR_WIDE]) ? me.data.unitId : undefined;
  const clusters = useScoringClusters(periodId, ownUnit);
  const clusterId = params.get('clusterId') ?? clusters.data?.[0]?.id;
  const sheets = useScoreSheets({ clusterId, size: 100 }, !!clusterId);
  const open = useOpenSheet();

  const canOpen =
    !!me.data?.unitId &&
    hasAnyRole(me.data.roles, ['unit-officer', 'unit-head']) &&
    !!clusterId &&
    sheets.isSuccess &&
    !sheets.data.items.some((s) => s.unitId === me.data?.unitId);

  const columns: TableProps<ScoreSheetSummary>['columns'] = [
    {
      key: 'unit',
      dataIndex: 'unitName',
      title: t('scoring.unit'),
      render: (name: string, sheet) => <Link to={`/scoring/sheets/${sheet.id}`}>{name}</Link>,
    },
    { key: 'status', dataIndex: 'status', title: t('scoring.status'), width: 160, render: (s: ScoreSheetSummary['status']) => <SheetStatusTag status={s} /> },
    { key: 'self', dataIndex: 'selfTotal', title: t('scoring.selfTotal'), width: 120, align: 'right', render: (v: number) => formatPoints(v) },
    {
      key: 'verified',
      dataIndex: 'verifiedTotal',
      title: t('scoring.verifiedTotal'),
      width: 120,
      align: 'right',
      render: (v: number | undefined) => formatPoints(v),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('scoring.title')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Select
          aria-label={t('scoring.period')}
          value={periodId}
          loading={periods.isPending}
          onChange={(id: string) => setParams({ periodId: id })}
          options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('scoring.cluster')}
          placeholder={t('scoring.clusterPlaceholder')}
          value={clusterId}
          loading={clusters.isPending}
          onChange={(id: string) => setParams({ ...(periodId ? { periodId } : {}), clusterId: id })}
          options={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: 520, maxWidth: '100%' }}
        />
        {clusterId && (
          <Link to={`/scoring/clusters/${clusterId}/ranking`}>
            <Button>{t('scoring.ranking')}</Button>
          </Link>
        )}
        <Link to="/scoring/templates">
          <Button>{t('scoring.templates')}</Button>
        </Link>
        {canOpen && (
          <Button
            type="primary"
            loading={open.isPending}
            onClick={() => open.mutate(clusterId!, { onSuccess: (fresh) => void navigate(`/scoring/sheets/${fresh.sheet.id}`) })}
          >
            {t('scoring.openSheet')}
          </Button>
        )}
      </Flex>
      {periods.isError && <ErrorAlert error={periods.error} />}
      {clusters.isError && <ErrorAlert error={clusters.error} />}
      {sheets.isError && <ErrorAlert error={sheets.error} />}
      {open.isError && <ErrorAlert error={open.error} />}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('scoring.sheets')}
      </Typography.Title>
      <Table<ScoreSheetSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={sheets.data?.items ?? []}
        loading={sheets.isFetching}
        pagination={false}
        locale={{ emptyText: <Empty description={t('scoring.noSheets')} /> }}
      />
    </Flex>
  );
}
