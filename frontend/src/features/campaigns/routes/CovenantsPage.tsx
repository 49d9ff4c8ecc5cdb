import { Card, Descriptions, Empty, Flex, List, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useListParams } from '@/hooks/use-list-params';
import { formatDate } from '@/lib/format';
import { todayInVietnam } from '@/lib/today';
import { useCovenants, usePeriodOptions } from '../api/campaigns';

/** Giao ước thi đua of a period: per cluster, the members, the targets, when and where it was signed. */
export function CovenantsPage() {
  const { t } = useTranslation();
  const { params, get, update } = useListParams({ size: 50 });
  const periods = usePeriodOptions();
  const today = todayInVietnam();
  const periodId =
    get('periodId') ?? (periods.data ?? []).find((p) => p.startDate <= today && today <= p.endDate)?.id ?? periods.data?.[0]?.id;
  const covenants = useCovenants({ page: params.page, size: params.size, periodId });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('covenants.title')}
      </Typography.Title>
      <Select
        value={periodId}
        loading={periods.isPending}
        aria-label={t('covenants.period')}
        onChange={(id: string) => update({ periodId: id })}
        options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
        style={{ width: 200 }}
      />
      {covenants.isError && <ErrorAlert error={covenants.error} onRetry={() => void covenants.refetch()} />}
      {covenants.isPending && <Skeleton active />}
      {covenants.data?.items.length === 0 && <Empty description={t('covenants.empty')} />}
      {(covenants.data?.items ?? []).map((c) => (
        <Card key={c.id} title={c.title}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'cluster', label: t('covenants.cluster'), children: c.clusterName },
              { key: 'signedOn', label: t('covenants.signedOn'), children: formatDate(c.signedOn) },
              { key: 'conference', label: t('covenants.conference'), children: c.conference, span: 2 },
            ]}
          />
          <Flex gap={24} wrap style={{ marginTop: 12 }}>
            <List
              style={{ flex: 1, minWidth: 300 }}
              size="small"
              header={<strong>{t('campaigns.goals')}</strong>}
              dataSource={c.goals}
              renderItem={(g) => (
                <List.Item>
                  {g.text}
                  {g.quantity != null && ` — ${g.quantity} ${g.measure ?? ''}`}
                </List.Item>
              )}
            />
            <List
              style={{ flex: 1, minWidth: 300 }}
              size="small"
              header={<strong>{t('covenants.members', { count: c.members.length })}</strong>}
              dataSource={c.members}
              renderItem={(m) => <List.Item>{m.unitName ?? m.unitId}</List.Item>}
            />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
