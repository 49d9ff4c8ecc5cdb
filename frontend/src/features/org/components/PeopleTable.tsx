import { Button, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { sortFromSorter, sortOrderOf, type ListParams } from '@/hooks/use-list-params';
import type { Person } from '../api/people';
import { GenderLabel } from './GenderLabel';

type Props = {
  people: Person[];
  total: number;
  /** The server stopped counting at `total` (a search counts at most 1,000 matches): "hơn 1.000". */
  totalCapped?: boolean;
  loading: boolean;
  params: ListParams;
  onParamsChange: (change: Partial<Record<'page' | 'size' | 'sort', string | number | undefined>>) => void;
  onOpen: (id: string) => void;
};

export function PeopleTable({ people, total, totalCapped, loading, params, onParamsChange, onOpen }: Props) {
  const { t, i18n } = useTranslation();

  const columns: TableProps<Person>['columns'] = [
    {
      key: 'fullName',
      dataIndex: 'fullName',
      title: t('people.fullName'),
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'fullName'),
      sortDirections: ['ascend', 'descend'],
      render: (fullName: string, person) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(person.id)}>
          {fullName}
        </Button>
      ),
    },
    {
      key: 'birthYear',
      dataIndex: 'birthYear',
      title: t('people.birthYear'),
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'birthYear'),
      sortDirections: ['ascend', 'descend'],
    },
    { key: 'gender', dataIndex: 'gender', title: t('people.gender'), width: 100, render: (gender?: string) => <GenderLabel gender={gender} /> },
    {
      key: 'position',
      dataIndex: 'position',
      title: t('people.position'),
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'position'),
      sortDirections: ['ascend', 'descend'],
      render: (position: string | undefined, person) => (
        <>
          {position} {person.leader && <Tag color="purple">{t('people.leader')}</Tag>}
        </>
      ),
    },
    { key: 'unitName', dataIndex: 'unitName', title: t('people.unit'), ellipsis: true },
    {
      key: 'employmentType',
      dataIndex: 'employmentType',
      title: t('people.employmentType'),
      width: 170,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'employmentType'),
      sortDirections: ['ascend', 'descend'],
      render: (type: Person['employmentType']) => t(`enums.employmentType.${type}`),
    },
  ];

  return (
    <Table<Person>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={people}
      loading={loading}
      onRow={(person) => ({ onDoubleClick: () => onOpen(person.id) })}
      pagination={{
        current: params.page + 1,
        pageSize: params.size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (all, [from, to]) =>
          totalCapped
            ? t('people.totalCapped', { from, to, total: all.toLocaleString(i18n.language === 'en' ? 'en-US' : 'vi-VN') })
            : t('common.total', { from, to, total: all }),
      }}
      onChange={(pagination, _filters, sorter, { action }) => {
        if (action === 'sort') onParamsChange({ sort: sortFromSorter(sorter) });
        else if (action === 'paginate') onParamsChange({ page: (pagination.current ?? 1) - 1, size: pagination.pageSize });
      }}
    />
  );
}
