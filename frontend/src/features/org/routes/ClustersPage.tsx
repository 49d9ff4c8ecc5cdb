import { Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useListParams } from '@/hooks/use-list-params';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { defaultPeriod, useClusters, usePeriods } from '../api/clusters';
import { ClusterCreateButton } from '../components/ClusterCreateButton';
import { ClusterDetailDrawer } from '../components/ClusterDetailDrawer';
import { ClustersTable } from '../components/ClustersTable';

export function ClustersPage() {
  const { t } = useTranslation();
  const { params, get, update } = useListParams({ size: 20, sort: 'name' });
  const periods = usePeriods();
  const periodId = get('periodId') ?? defaultPeriod(periods.data ?? [])?.id;
  const selected = get('selected');
  const me = useMe();
  const canCreate = hasAnyRole(me.data?.roles, ['secretariat', 'admin']);
  // Lists wait for the period, so the first answer is already the one the selector shows.
  const clusters = useClusters({ ...params, periodId }, periods.isSuccess);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('clusters.title')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Select
          value={periodId}
          loading={periods.isPending}
          placeholder={t('clusters.periodPlaceholder')}
          aria-label={t('clusters.period')}
          onChange={(id: string) => update({ periodId: id })}
          options={(periods.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.label} (${formatDate(p.startDate)} – ${formatDate(p.endDate)})`,
          }))}
          style={{ width: 320 }}
        />
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('clusters.searchPlaceholder')}
          aria-label={t('clusters.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() })}
          style={{ width: 360, maxWidth: '100%' }}
        />
        {canCreate && <ClusterCreateButton periodId={periodId} onCreated={(c) => update({ periodId: c.periodId, q: undefined, selected: c.id })} />}
      </Flex>
      {periods.isError && <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />}
      {clusters.isError && <ErrorAlert error={clusters.error} onRetry={() => void clusters.refetch()} />}
      <ClustersTable
        clusters={clusters.data?.items ?? []}
        total={clusters.data?.total ?? 0}
        loading={clusters.isFetching || periods.isPending}
        params={params}
        onParamsChange={update}
        onOpen={(id) => update({ selected: id })}
      />
      <ClusterDetailDrawer id={selected} onClose={() => update({ selected: undefined })} />
    </Flex>
  );
}
