import { Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useUnitHistory, type UnitHistory } from '../api/reports';
import { ExportButtons } from './ExportButtons';
import { ShareBar } from './ShareBar';
import { UnitPicker } from './UnitPicker';

/** The unit picker (searched by the server, accents optional) above the chosen unit's history. */
export function PickedUnitTab({ initialUnitId, initialUnitName }: { initialUnitId?: string; initialUnitName?: string }) {
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

export function UnitTab({ unitId }: { unitId: string }) {
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
