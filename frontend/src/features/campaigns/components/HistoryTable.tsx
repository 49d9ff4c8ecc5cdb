import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { actorLabel } from '@/lib/actor';
import { formatDateTime } from '@/lib/format';
import { codeLabel } from '@/lib/labels';
import type { HistoryEntry } from '../api/campaigns';

/** A campaign's history holds its own states and its registrations'. */
const STATES = ['enums.campaignStatus', 'enums.registrationStatus'];

/** Who did what, when and why: actions and states by their names, times dd/MM/yyyy HH:mm at Vietnam's clock. */
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
        { key: 'at', dataIndex: 'at', title: t('history.at'), width: 170, render: (at: string) => formatDateTime(at) },
        { key: 'actor', title: t('history.actor'), width: 200, render: (_: unknown, e: HistoryEntry) => actorLabel(e, t) },
        { key: 'action', dataIndex: 'action', title: t('history.action'), width: 160, render: (a: string) => codeLabel(t, 'history.actions', a, t('history.otherAction')) },
        { key: 'from', dataIndex: 'fromState', title: t('history.from'), width: 130, render: (s?: string) => codeLabel(t, STATES, s) },
        { key: 'to', dataIndex: 'toState', title: t('history.to'), width: 130, render: (s?: string) => codeLabel(t, STATES, s) },
        { key: 'reason', dataIndex: 'reason', title: t('history.reason') },
      ]}
    />
  );
}
