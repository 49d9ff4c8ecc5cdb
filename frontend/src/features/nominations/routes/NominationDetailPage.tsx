import { App, Button, Descriptions, Flex, Form, Input, InputNumber, List, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EnteredAsHistory } from '@/components/EnteredAsHistory';
import { ErrorAlert } from '@/components/ErrorAlert';
import { WorkingDaysLeft } from '@/components/WorkingDaysLeft';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { actorLabel } from '@/lib/actor';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/format';
import { codeLabel } from '@/lib/labels';
import {
  PLAIN_ACTIONS,
  type PlainAction,
  useEligibility,
  useNomination,
  useNominationAction,
  useNominationDocuments,
  useNominationHistory,
  usePublishedCouncilSessions,
} from '../api/nominations';
import { AttachDocument } from '../components/AttachDocument';
import { DocumentSignatureState } from '../components/DocumentSignatureState';
import { EligibilityChecklist } from '../components/EligibilityChecklist';
import { EditNominationButton } from '../components/NominationForm';
import { NominationStatusTag, VerdictTag } from '../components/VerdictTag';
import { BackLink } from '@/components/BackLink';

type Dialog = { kind: 'reason'; action: 'return' | 'override-eligibility' | 'withdraw' | 'discard' } | { kind: 'council' } | { kind: 'council-vote' } | null;

/** One dossier: what it proposes, its eligibility rule by rule, its files and history, and the caller's next actions. */
export function NominationDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const nomination = useNomination(id);
  const eligibility = useEligibility(id);
  const documents = useNominationDocuments(id);
  const history = useNominationHistory(id);
  const act = useNominationAction(id ?? '');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const [councilForm] = Form.useForm<{ members: number; yes: number; no: number; minutes: string }>();
  const [sessionForm] = Form.useForm<{ sessionId: string }>();
  const councilSessions = usePublishedCouncilSessions(dialog?.kind === 'council-vote');
  // A refused action's field errors go under the open dialog's field (the other dialogs' forms are not mounted).
  useProblemFields(reasonForm, dialog?.kind === 'reason' ? act.error : undefined);
  useProblemFields(councilForm, dialog?.kind === 'council' ? act.error : undefined, { council: '' });
  useProblemFields(sessionForm, dialog?.kind === 'council-vote' ? act.error : undefined);

  if (nomination.isError) return <ErrorAlert error={nomination.error} onRetry={() => void nomination.refetch()} />;
  const n = nomination.data;
  if (!n) return null;

  const run = (request: Parameters<typeof act.mutate>[0]) =>
    act.mutate(request, {
      onSuccess: () => {
        setDialog(null);
        void message.success(t('nominations.done'));
      },
    });
  const isSecretariat = hasAnyRole(me.data?.roles, ['secretariat']);
  const canOverride = isSecretariat && ['DRAFT', 'RETURNED', 'SUBMITTED', 'RECEIVED', 'APPRAISING'].includes(n.status);

  return (
    <Flex vertical gap={16}>
      <BackLink to="/nominations">{t('nominations.back')}</BackLink>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {n.awardTypeName} — {n.personName ?? n.nomineeUnitName}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('nominations.status')}>
          <NominationStatusTag status={n.status} />
        </Descriptions.Item>
        {n.deadline && (
          <Descriptions.Item label={t(`deadline.kind.${n.deadline.kind}`)}>
            <Space size={8} wrap>
              <span>{formatDate(n.deadline.due)}</span>
              <WorkingDaysLeft workingDaysLeft={n.deadline.workingDaysLeft} overdue={n.deadline.overdue} />
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('nominations.period')}>{n.periodLabel}</Descriptions.Item>
        <Descriptions.Item label={t('nominations.proposingUnit')}>{n.unitName}</Descriptions.Item>
        {n.enteredBy && (
          <Descriptions.Item label={t('common.history')}>
            <EnteredAsHistory by={n.enteredBy} at={n.enteredAt} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('nominations.eligibility')}>
          <VerdictTag verdict={n.eligibilityOverall} />
        </Descriptions.Item>
        <Descriptions.Item label={t('nominations.achievements')} span="filled">
          {n.achievements}
        </Descriptions.Item>
        {n.returnReason && (
          <Descriptions.Item label={t('nominations.returnReason')} span="filled">
            {n.returnReason}
          </Descriptions.Item>
        )}
        {n.overrideReason && (
          <Descriptions.Item label={t('nominations.overrideReason')} span="filled">
            {n.overrideReason}
          </Descriptions.Item>
        )}
        {n.councilSummary && (
          <Descriptions.Item label={t('nominations.council')} span="filled">
            {n.councilSummary}
          </Descriptions.Item>
        )}
      </Descriptions>

      {act.isError && <ErrorAlert error={act.error} />}
      <Space wrap>
        {n.allowedActions.filter((a): a is PlainAction => PLAIN_ACTIONS.includes(a)).map((action) => (
          <Button key={action} type="primary" loading={act.isPending} onClick={() => run({ action })}>
            {t(`nominations.actions.${action}`)}
          </Button>
        ))}
        {n.allowedActions.includes('edit') && <EditNominationButton nomination={n} />}
        {n.allowedActions.includes('return') && (
          <Button danger onClick={() => setDialog({ kind: 'reason', action: 'return' })}>
            {t('nominations.actions.return')}
          </Button>
        )}
        {(['withdraw', 'discard'] as const)
          .filter((a) => n.allowedActions.includes(a))
          .map((a) => (
            <Button key={a} danger onClick={() => setDialog({ kind: 'reason', action: a })}>
              {t(`nominations.actions.${a}`)}
            </Button>
          ))}
        {n.allowedActions.includes('council-vote') && (
          <Button onClick={() => setDialog({ kind: 'council-vote' })}>{t('nominations.actions.council-vote')}</Button>
        )}
        {n.allowedActions.includes('council-result') && (
          <Button onClick={() => setDialog({ kind: 'council' })}>{t('nominations.actions.council-result')}</Button>
        )}
        {canOverride && eligibility.data?.overall === 'FAIL' && !n.overrideReason && (
          <Button onClick={() => setDialog({ kind: 'reason', action: 'override-eligibility' })}>
            {t('nominations.actions.override-eligibility')}
          </Button>
        )}
      </Space>

      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nominations.eligibilityReport')}
      </Typography.Title>
      {eligibility.isError && <ErrorAlert error={eligibility.error} />}
      {eligibility.data && <EligibilityChecklist report={eligibility.data} />}

      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nominations.documents')}
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('nominations.noDocuments') }}
        dataSource={documents.data ?? []}
        renderItem={(d) => (
          <List.Item>
            <Flex vertical gap={2}>
              <span>
                {t(`nominations.documentKinds.${d.kind}`)}: {d.title} ({d.fileName}) — SHA-256 <code>{d.sha256.slice(0, 12)}…</code>
              </span>
              <DocumentSignatureState signature={d.signature} />
            </Flex>
          </List.Item>
        )}
      />
      {n.allowedActions.includes('edit') && <AttachDocument nominationId={n.id} />}

      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nominations.history')}
      </Typography.Title>
      <List
        size="small"
        dataSource={history.data ?? []}
        renderItem={(h) => (
          <List.Item>
            {formatDateTime(h.at)} — {actorLabel(h, t)}: {codeLabel(t, 'history.actions', h.action, t('history.otherAction'))}
            {h.toState ? ` → ${codeLabel(t, 'nominations.statuses', h.toState)}` : ''}
            {h.reason ? ` (${h.reason})` : ''}
          </List.Item>
        )}
      />

      <Modal
        open={dialog?.kind === 'reason'}
        title={dialog?.kind === 'reason' ? t(`nominations.actions.${dialog.action}`) : ''}
        okText={t('nominations.confirm')}
        confirmLoading={act.isPending}
        onCancel={() => setDialog(null)}
        onOk={() =>
          void reasonForm.validateFields().then(({ reason }) => dialog?.kind === 'reason' && run({ action: dialog.action, reason }))
        }
        destroyOnHidden
      >
        <Form form={reasonForm} layout="vertical" preserve={false}>
          <Form.Item name="reason" label={t('nominations.reason')} rules={[{ required: true, message: t('nominations.reasonRequired') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={dialog?.kind === 'council'}
        title={t('nominations.actions.council-result')}
        okText={t('nominations.confirm')}
        confirmLoading={act.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => void councilForm.validateFields().then((council) => run({ action: 'council-result', council }))}
        destroyOnHidden
      >
        <Form form={councilForm} layout="vertical" preserve={false}>
          <Form.Item name="members" label={t('nominations.councilMembers')} rules={[{ required: true }]}>
            <InputNumber min={1} max={200} />
          </Form.Item>
          <Form.Item name="yes" label={t('nominations.councilYes')} rules={[{ required: true }]}>
            <InputNumber min={0} max={200} />
          </Form.Item>
          <Form.Item name="no" label={t('nominations.councilNo')} rules={[{ required: true }]}>
            <InputNumber min={0} max={200} />
          </Form.Item>
          <Form.Item name="minutes" label={t('nominations.councilMinutes')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={dialog?.kind === 'council-vote'}
        title={t('nominations.actions.council-vote')}
        okText={t('nominations.confirm')}
        confirmLoading={act.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => void sessionForm.validateFields().then(({ sessionId }) => run({ action: 'council-vote', sessionId }))}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('nominations.councilVoteHint')}</Typography.Paragraph>
        <Form form={sessionForm} layout="vertical" preserve={false}>
          <Form.Item name="sessionId" label={t('nominations.councilSession')} rules={[{ required: true, message: t('nominations.councilSessionRequired') }]}>
            <Select
              loading={councilSessions.isLoading}
              options={(councilSessions.data ?? []).map((s) => ({ value: s.id, label: `${s.title} (${formatDate(s.sessionDate)})` }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
