import { Button, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { todayInVietnam } from '@/lib/today';
import { type Decision, type DecisionRequest, useDecisions, useIssueDecision, useNominations } from '../api/nominations';
import { formatMoney } from '../components/money';
import { SignedTag } from '../components/SignedDecisionPanel';

/** Decisions (quyết định khen thưởng), latest first, each signed or not; the secretariat issues one for approved dossiers. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '0');
  const decisions = useDecisions(page);
  const [issuing, setIssuing] = useState(false);
  const canIssue = hasAnyRole(me.data?.roles, ['secretariat']);

  const columns: TableProps<Decision>['columns'] = [
    { key: 'number', title: t('decisions.number'), render: (_: unknown, d) => <Link to={`/decisions/${d.id}`}>{d.number}</Link> },
    { key: 'date', dataIndex: 'decisionDate', title: t('decisions.date'), width: 120, render: (v: string) => formatDate(v) },
    { key: 'signer', title: t('decisions.signer'), render: (_: unknown, d) => `${d.signer} — ${d.signerTitle}` },
    { key: 'awardees', title: t('decisions.awardees'), width: 110, render: (_: unknown, d) => d.awardees.length },
    { key: 'total', dataIndex: 'totalAmount', title: t('decisions.total'), align: 'right', width: 150, render: (v: number) => formatMoney(v) },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('decisions.status'),
      width: 190,
      render: (s: Decision['status'], d) => (
        <>
          <Tag color={s === 'ISSUED' ? 'green' : 'red'}>{t(`decisions.statuses.${s}`)}</Tag>
          <SignedTag signed={d.signed} />
        </>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('decisions.title')}
        </Typography.Title>
        {canIssue && (
          <Button type="primary" onClick={() => setIssuing(true)}>
            {t('decisions.issue')}
          </Button>
        )}
      </Flex>
      {decisions.isError && <ErrorAlert error={decisions.error} onRetry={() => void decisions.refetch()} />}
      <Table<Decision>
        rowKey="id"
        aria-label={t('decisions.title')}
        loading={decisions.isLoading}
        columns={columns}
        dataSource={decisions.data?.items ?? []}
        pagination={{ current: page + 1, pageSize: 20, total: decisions.data?.total ?? 0, onChange: (p) => setParams({ page: String(p - 1) }) }}
      />
      {issuing && <IssueDecisionDialog onClose={() => setIssuing(false)} />}
    </Flex>
  );
}

function IssueDecisionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const approved = useNominations({ status: 'APPROVED', size: 200 });
  const issue = useIssueDecision();
  const [form] = Form.useForm<DecisionRequest>();
  useProblemFields(form, issue.error);

  return (
    <Modal
      open
      title={t('decisions.issue')}
      okText={t('decisions.issueConfirm')}
      confirmLoading={issue.isPending}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((body) =>
          issue.mutate(body, {
            onSuccess: (decision) => {
              onClose();
              void navigate(`/decisions/${decision.id}`);
            },
          }),
        )
      }
      destroyOnHidden
    >
      {issue.isError && <ErrorAlert error={issue.error} />}
      <Form form={form} layout="vertical" initialValues={{ decisionDate: todayInVietnam(), signerTitle: 'Bộ trưởng Bộ Tư pháp' }}>
        <Form.Item name="nominationIds" label={t('decisions.dossiers')} rules={[{ required: true, message: t('decisions.dossiersRequired') }]}>
          <Select
            mode="multiple"
            loading={approved.isLoading}
            optionFilterProp="label"
            options={(approved.data?.items ?? []).map((n) => ({
              value: n.id,
              label: `${n.personName ?? n.nomineeUnitName} — ${n.awardTypeName} ${n.periodLabel}`,
            }))}
            notFoundContent={t('decisions.noApproved')}
          />
        </Form.Item>
        <Form.Item name="number" label={t('decisions.number')} rules={[{ required: true, message: t('decisions.required') }]}>
          <Input placeholder="215/QĐ-BTP" />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t('decisions.date')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('decisions.dateFormat') }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item name="signer" label={t('decisions.signerName')} rules={[{ required: true, message: t('decisions.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('decisions.signerTitle')} rules={[{ required: true, message: t('decisions.required') }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
