import { Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatMoney } from '../components/money';
import { useAwards, useUnitOptions, type Award } from '../api/nominations';
import { useMe } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';

/** The awards ledger of a unit — its predecessors' awards included — or of a person (`?personId=`). */
export function AwardsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const personId = params.get('personId') ?? undefined;
  const unitId = personId ? undefined : (params.get('unitId') ?? me.data?.unitId);
  const includeRevoked = params.get('includeRevoked') === 'true';
  const page = Number(params.get('page') ?? '0');
  const units = useUnitOptions();
  const awards = useAwards({ personId, unitId, includeRevoked, page, size: 50 }, !!(personId || unitId));

  const columns: TableProps<Award>['columns'] = [
    { key: 'year', dataIndex: 'year', title: t('awards.year'), width: 80 },
    { key: 'award', dataIndex: 'awardTypeName', title: t('awards.award') },
    { key: 'subject', title: t('awards.subject'), render: (_: unknown, a) => a.personName ?? a.unitName },
    {
      key: 'decision',
      title: t('awards.decision'),
      render: (_: unknown, a) => `${a.decisionNumber} (${formatDate(a.decisionDate)})`,
    },
    {
      key: 'source',
      dataIndex: 'source',
      title: t('awards.source'),
      width: 130,
      render: (source: Award['source'], a) => (
        <>
          <Tag>{t(`awards.sources.${source}`)}</Tag>
          {a.revoked && <Tag color="red">{t('awards.revoked')}</Tag>}
        </>
      ),
    },
    { key: 'amount', dataIndex: 'amount', title: t('awards.amount'), align: 'right', width: 140, render: (v?: number) => formatMoney(v) },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('awards.title')}
      </Typography.Title>
      <Flex gap={16} align="center" wrap>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: 420 }}
          aria-label={t('awards.unit')}
          placeholder={t('awards.unit')}
          value={unitId}
          options={units.data ?? []}
          onChange={(value: string) => setParams({ unitId: value })}
        />
        <Flex gap={8} align="center">
          <Switch
            aria-label={t('awards.includeRevoked')}
            checked={includeRevoked}
            onChange={(checked) => {
              const next = new URLSearchParams(params);
              next.set('includeRevoked', String(checked));
              setParams(next);
            }}
          />
          {t('awards.includeRevoked')}
        </Flex>
      </Flex>
      <Typography.Text type="secondary">{t('awards.lineageNote')}</Typography.Text>
      {awards.isError && <ErrorAlert error={awards.error} onRetry={() => void awards.refetch()} />}
      <Table<Award>
        rowKey="id"
        aria-label={t('awards.title')}
        loading={awards.isLoading}
        columns={columns}
        dataSource={awards.data?.items ?? []}
        pagination={{
          current: page + 1,
          pageSize: 50,
          total: awards.data?.total ?? 0,
          onChange: (p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p - 1));
            setParams(next);
          },
        }}
      />
    </Flex>
  );
}
