import { Empty, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { AwardsTab } from '../components/AwardsTab';
import { CampaignsTab } from '../components/CampaignsTab';
import { ScoringTab } from '../components/ScoringTab';
import { StatisticsTab } from '../components/StatisticsTab';
import { PickedUnitTab, UnitTab } from '../components/UnitHistoryTab';

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
          { key: 'statistics', label: t('reporting.tabs.statistics'), children: <StatisticsTab /> },
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
