import { Button, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { sortFromSorter, sortOrderOf, type ListParams } from '@/hooks/use-list-params';
import type { Cluster } from '../api/clusters';

type Props = {
  clusters: Cluster[];
  total: number;
  loading: boolean;
  params: ListParams;
  onParamsChange: (change: Partial<Record<'page' | 'size' | 'sort', string | number | undefined>>) => void;
  onOpen: (id: string) => void;
};

export function ClustersTable({ clusters, total, loading, params, onParamsChange, onOpen }: Props) {
  const { t } = useTranslation();

  const columns: TableProps<Cluster>['columns'] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('clusters.name'),
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'name'),
      sortDirections: ['ascend', 'descend'],
      render: (name: string, cluster) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(cluster.id)}>
          {name}
        </Button>
      ),
    },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('clusters.kind'),
      width: 180,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'kind'),
      sortDirections: ['ascend', 'descend'],
      render: (kind: Cluster['kind']) => t(`enums.clusterKind.${kind}`),
    },
    { key: 'headUnitName', dataIndex: 'headUnitName', title: t('clusters.head'), ellipsis: true },
    { key: 'memberCount', dataIndex: 'memberCount', title: t('clusters.memberCount'), width: 130, align: 'right' },
  ];

  return (
    <Table<Cluster>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={clusters}
      loading={loading}
      onRow={(cluster) => ({ onDoubleClick: () => onOpen(cluster.id) })}
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
