import { Button, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { sortFromSorter, sortOrderOf, type ListParams } from '@/hooks/use-list-params';
import { formatDate } from '@/lib/format';
import type { Unit } from '../api/units';

type Props = {
  units: Unit[];
  total: number;
  loading: boolean;
  params: ListParams;
  onParamsChange: (change: Partial<Record<'page' | 'size' | 'sort', string | number | undefined>>) => void;
  onOpen: (id: string) => void;
};

export function UnitsTable({ units, total, loading, params, onParamsChange, onOpen }: Props) {
  const { t } = useTranslation();

  // Only the fields the API accepts in `sort` (UnitService.SORTABLE) are sortable.
  const sortable = (field: string) => ({
    sorter: true,
    sortOrder: sortOrderOf(params.sort, field),
    sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
  });

  const columns: TableProps<Unit>['columns'] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('units.name'),
      ...sortable('name'),
      render: (name: string, unit) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(unit.id)}>
          {name}
        </Button>
      ),
    },
    { key: 'shortName', dataIndex: 'shortName', title: t('units.shortName'), width: 140 },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('units.kind'),
      width: 190,
      ...sortable('kind'),
      render: (kind: Unit['kind']) => t(`enums.unitKind.${kind}`),
    },
    { key: 'province', dataIndex: 'province', title: t('units.province'), width: 140, ...sortable('province') },
    { key: 'parentName', dataIndex: 'parentName', title: t('units.parent'), ellipsis: true },
    { key: 'validFrom', dataIndex: 'validFrom', title: t('units.validFrom'), width: 125, ...sortable('validFrom'), render: formatDate },
    {
      key: 'validTo',
      dataIndex: 'validTo',
      title: t('units.validTo'),
      width: 125,
      ...sortable('validTo'),
      render: (validTo?: string) => formatDate(validTo) || <Tag color="green">{t('units.active')}</Tag>,
    },
  ];

  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units}
      loading={loading}
      onRow={(unit) => ({ onDoubleClick: () => onOpen(unit.id) })}
      pagination={{
        current: params.page + 1,
        pageSize: params.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (all, [from, to]) => t('common.total', { from, to, total: all }),
      }}
      onChange={(pagination, _filters, sorter, { action }) => {
        if (action === 'sort') onParamsChange({ sort: sortFromSorter(sorter) });
        else if (action === 'paginate') onParamsChange({ page: (pagination.current ?? 1) - 1, size: pagination.pageSize });
      }}
    />
  );
}
