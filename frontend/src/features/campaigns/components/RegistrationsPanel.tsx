import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import type { Me } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import {
  useAwardTypeOptions,
  useCreateRegistration,
  usePeopleOfUnit,
  useRegistrationAction,
  useRegistrations,
  useReturnRegistration,
  useUpdateRegistration,
  type CampaignDetail,
  type Registration,
} from '../api/campaigns';
import { RegistrationStatusTag } from './StatusTags';

type Props = { campaign: CampaignDetail; me?: Me };

/** Titles of the unit first, then the Ministry's, the Government's and the State's. */
const LEVEL_ORDER: Record<string, number> = { UNIT: 0, MINISTRY: 1, GOVERNMENT: 2, STATE: 3 };

/** The unit's registrations (or, for the secretariat, every submitted one) with the actions each allows the caller. */
export function RegistrationsPanel({ campaign, me }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isSecretariat = hasAnyRole(me?.roles, ['secretariat']);
  const isUnitHead = hasAnyRole(me?.roles, ['unit-head']);
  const mayRegister =
    hasAnyRole(me?.roles, ['unit-officer', 'unit-head']) &&
    (campaign.status === 'LAUNCHED' || campaign.status === 'IN_PROGRESS') &&
    campaign.targetUnits.some((u) => u.unitId === me?.unitId);
  const [onlyQueue, setOnlyQueue] = useState(false);
  const [page, setPage] = useState(0);
  const registrations = useRegistrations(campaign.id, { status: onlyQueue ? 'SUBMITTED' : undefined, page, size: 50 });
  const act = useRegistrationAction(campaign.id);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Registration>();
  const mayEdit = (r: Registration) =>
    hasAnyRole(me?.roles, ['unit-officer', 'unit-head']) && r.unitId === me?.unitId && r.allowedActions.includes('edit');
  const [returning, setReturning] = useState<Registration>();

  const run = async (id: string, action: 'submit' | 'approve') => {
    await act.mutateAsync({ id, action });
    void message.success(t('campaigns.done'));
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        {isSecretariat ? (
          <Checkbox checked={onlyQueue} onChange={(e) => setOnlyQueue(e.target.checked)}>
            {t('registrations.onlyQueue')}
          </Checkbox>
        ) : (
          <span />
        )}
        {mayRegister && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('registrations.new')}
          </Button>
        )}
      </Flex>
      {registrations.isError && <ErrorAlert error={registrations.error} onRetry={() => void registrations.refetch()} />}
      {act.isError && <ErrorAlert error={act.error} />}
      <Table<Registration>
        rowKey="id"
        size="middle"
        loading={registrations.isFetching}
        dataSource={registrations.data?.items ?? []}
        locale={{ emptyText: t('registrations.empty') }}
        pagination={{ current: page + 1, pageSize: 50, total: registrations.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
        columns={[
          { key: 'unit', dataIndex: 'unitName', title: t('registrations.unit'), width: 220 },
          { key: 'subject', title: t('registrations.subject'), render: (_v, r) => r.personName ?? t('registrations.unitItself') },
          { key: 'award', dataIndex: 'awardTypeName', title: t('registrations.awardType') },
          { key: 'commitments', dataIndex: 'commitments', title: t('registrations.commitments'), ellipsis: true },
          {
            key: 'status',
            title: t('registrations.status'),
            width: 200,
            render: (_v, r) => (
              <Space direction="vertical" size={0}>
                <RegistrationStatusTag status={r.status} />
                {r.returnReason && <Typography.Text type="secondary">{r.returnReason}</Typography.Text>}
              </Space>
            ),
          },
          {
            key: 'actions',
            width: 200,
            render: (_v, r) => (
              <Space>
                {mayEdit(r) && (
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('actions.edit')}
                  </Button>
                )}
                {isUnitHead && r.unitId === me?.unitId && r.allowedActions.includes('submit') && (
                  <Button size="small" type="primary" loading={act.isPending} onClick={() => void run(r.id, 'submit').catch(() => undefined)}>
                    {t('actions.submit')}
                  </Button>
                )}
                {isSecretariat && r.allowedActions.includes('approve') && (
                  <Button size="small" type="primary" loading={act.isPending} onClick={() => void run(r.id, 'approve').catch(() => undefined)}>
                    {t('actions.approve')}
                  </Button>
                )}
                {isSecretariat && r.allowedActions.includes('return') && (
                  <Button size="small" danger onClick={() => setReturning(r)}>
                    {t('actions.return')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && me?.unitId && <RegistrationModal campaignId={campaign.id} unitId={me.unitId} onClose={() => setCreating(false)} />}
      {editing && <RegistrationModal campaignId={campaign.id} unitId={editing.unitId} existing={editing} onClose={() => setEditing(undefined)} />}
      {returning && <ReturnModal campaignId={campaign.id} registration={returning} onClose={() => setReturning(undefined)} />}
    </Flex>
  );
}

type FormValues = { awardTypeId: string; forPerson?: boolean; personId?: string; commitments?: string };

type ModalProps = { campaignId: string; unitId: string; existing?: Registration; onClose: () => void };

function RegistrationModal({ campaignId, unitId, existing, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const awardTypes = useAwardTypeOptions();
  const people = usePeopleOfUnit(unitId);
  const create = useCreateRegistration(campaignId);
  const update = useUpdateRegistration(campaignId);
  const saving = existing ? update : create;
  useProblemFields(form, saving.error);
  const awardTypeId = Form.useWatch('awardTypeId', form);
  const forPersonChoice = Form.useWatch('forPerson', form);
  const subject = awardTypes.data?.find((a) => a.id === awardTypeId)?.subject;
  const forPerson = subject === 'INDIVIDUAL' || (subject === 'ANY' && forPersonChoice === true);

  const save = async (v: FormValues) => {
    const body = { awardTypeId: v.awardTypeId, personId: forPerson ? v.personId : undefined, commitments: v.commitments?.trim() || undefined };
    if (existing) await update.mutateAsync({ id: existing.id, version: existing.version, body });
    else await create.mutateAsync(body);
    onClose();
  };

  return (
    <Modal
      open
      title={t('registrations.newTitle')}
      okText={t('registrations.save')}
      confirmLoading={saving.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {saving.isError && <ErrorAlert error={saving.error} />}
      {existing?.returnReason && <Typography.Paragraph type="warning">{existing.returnReason}</Typography.Paragraph>}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={
          existing
            ? { awardTypeId: existing.awardTypeId, forPerson: !!existing.personId, personId: existing.personId, commitments: existing.commitments }
            : { forPerson: false }
        }
        onFinish={(v) => void save(v).catch(() => undefined)}
      >
        <Form.Item name="awardTypeId" label={t('registrations.awardType')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={awardTypes.isPending}
            options={[...(awardTypes.data ?? [])]
              .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.kind.localeCompare(b.kind, 'en') * -1 || a.name.localeCompare(b.name, 'vi'))
              .map((a) => ({ value: a.id, label: `${a.name} (${t(`enums.awardSubject.${a.subject}`)})` }))}
          />
        </Form.Item>
        {subject === 'ANY' && (
          <Form.Item name="forPerson" label={t('registrations.subject')}>
            <Radio.Group
              options={[
                { value: false, label: t('registrations.unitItself') },
                { value: true, label: t('registrations.person') },
              ]}
            />
          </Form.Item>
        )}
        {forPerson && (
          <Form.Item name="personId" label={t('registrations.person')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('registrations.personPlaceholder')}
              loading={people.isPending}
              options={(people.data ?? []).map((p) => ({ value: p.id, label: p.position ? `${p.fullName} – ${p.position}` : p.fullName }))}
            />
          </Form.Item>
        )}
        <Form.Item name="commitments" label={t('registrations.commitments')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReturnModal({ campaignId, registration, onClose }: { campaignId: string; registration: Registration; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const giveBack = useReturnRegistration(campaignId);
  return (
    <Modal
      open
      title={t('registrations.returnTitle')}
      okText={t('actions.return')}
      okButtonProps={{ danger: true, disabled: !reason.trim() }}
      confirmLoading={giveBack.isPending}
      onOk={() => void giveBack.mutateAsync({ id: registration.id, reason: reason.trim() }).then(onClose, () => undefined)}
      onCancel={onClose}
    >
      {giveBack.isError && <ErrorAlert error={giveBack.error} />}
      <Typography.Paragraph>
        {registration.unitName} – {registration.personName ?? t('registrations.unitItself')} – {registration.awardTypeName}
      </Typography.Paragraph>
      <Input.TextArea rows={3} aria-label={t('registrations.returnReason')} placeholder={t('registrations.returnReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
