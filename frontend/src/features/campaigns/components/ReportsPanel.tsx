import { Button, Flex, Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { Me } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { useReports, useSendReport, type CampaignDetail, type CampaignReport } from '../api/campaigns';

/** Interim (while in progress) and final (during the final review) reports of the target units. */
export function ReportsPanel({ campaign, me }: { campaign: CampaignDetail; me?: Me }) {
  const { t } = useTranslation();
  const reports = useReports(campaign.id);
  const send = useSendReport(campaign.id);
  const [summary, setSummary] = useState('');
  const stage = campaign.status === 'IN_PROGRESS' ? 'INTERIM' : campaign.status === 'FINAL_REVIEW' ? 'FINAL' : undefined;
  const alreadySent = (reports.data ?? []).some((r) => r.unitId === me?.unitId && r.stage === stage);
  const maySend =
    !!stage && !alreadySent && hasAnyRole(me?.roles, ['unit-head', 'unit-officer']) && campaign.targetUnits.some((u) => u.unitId === me?.unitId);

  return (
    <Flex vertical gap={12}>
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />}
      <Table<CampaignReport>
        rowKey="id"
        size="small"
        pagination={false}
        loading={reports.isPending}
        dataSource={reports.data ?? []}
        locale={{ emptyText: t('reports.empty') }}
        columns={[
          { key: 'unit', dataIndex: 'unitName', title: t('registrations.unit'), width: 240 },
          { key: 'stage', dataIndex: 'stage', title: t('reports.stage'), width: 110, render: (s: CampaignReport['stage']) => t(`enums.reportStage.${s}`) },
          { key: 'summary', dataIndex: 'summary', title: t('reports.summary') },
          { key: 'by', dataIndex: 'submittedBy', title: t('reports.submittedBy'), width: 130 },
          { key: 'at', dataIndex: 'submittedAt', title: t('reports.submittedAt'), width: 150, render: (at: string) => formatDateTime(at) },
        ]}
      />
      {maySend && stage && (
        <Flex vertical gap={8}>
          {send.isError && <ErrorAlert error={send.error} />}
          <Input.TextArea rows={3} maxLength={4000} aria-label={t('reports.summary')} placeholder={t('reports.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} />
          <Button
            type="primary"
            style={{ alignSelf: 'flex-start' }}
            disabled={!summary.trim()}
            loading={send.isPending}
            onClick={() => void send.mutateAsync({ stage, summary: summary.trim() }).then(() => setSummary(''), () => undefined)}
          >
            {t('reports.send')} ({t(`enums.reportStage.${stage}`)})
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
