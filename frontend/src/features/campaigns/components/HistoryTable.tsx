import { Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../api/campaigns';

/** Who did what, when and why. */
export function HistoryTable({ entries, loading }: { entries: HistoryEntry[]; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<HistoryEntry>
      rowKey={(e, i) => `${e.at}-${i}`}
      size="small"
      loading={loading}
      pagination={false}
      dataSource={entries}
      columns={[
        { key: 'at', dataIndex: 'at', title: t('history.at'), width: 170, render: (at: string) => dayjs(at).format('DD/MM/YYYY HH:mm') },
        { key: 'actor', dataIndex: 'actor', title: t('history.actor'), width: 140 },
        { key: 'action', dataIndex: 'action', title: t('history.action'), width: 140 },
        { key: 'from', dataIndex: 'fromState', title: t('history.from'), width: 120 },
        { key: 'to', dataIndex: 'toState', title: t('history.to'), width: 120 },
        { key: 'reason', dataIndex: 'reason', title: t('history.reason') },
      ]}
    />
  );
}
