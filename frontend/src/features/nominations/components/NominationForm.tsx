import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useMe } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { type Nomination, useCitableEvidence, useCreateNomination, useDraftingOptions, useUpdateNomination } from '../api/nominations';

type Values = { awardTypeId: string; periodId: string; personId?: string; achievements: string };

/** Drafts a dossier of the caller's unit: a person for individual awards, the unit itself for collective ones. */
export function NewNominationButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const options = useDraftingOptions(open ? me.data?.unitId : undefined);
  const create = useCreateNomination();
  useProblemFields(form, create.error, { nomineeUnitId: 'personId' });
  const awardTypeId = Form.useWatch('awardTypeId', form);
  const subject = options.data?.awardTypes.find((a) => a.id === awardTypeId)?.subject;

  const submit = (values: Values) => {
    const collective = subject === 'COLLECTIVE' || (subject === 'ANY' && !values.personId);
    create.mutate(
      {
        awardTypeId: values.awardTypeId,
        periodId: values.periodId,
        achievements: values.achievements,
        ...(collective ? { nomineeUnitId: me.data?.unitId } : { personId: values.personId }),
      },
      {
        onSuccess: (created) => {
          setOpen(false);
          void navigate(`/nominations/${created.id}`);
        },
      },
    );
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('nominations.new')}
      </Button>
      <Modal
        open={open}
        title={t('nominations.new')}
        okText={t('nominations.create')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then(submit)}
        destroyOnHidden
      >
        {create.isError && <ErrorAlert error={create.error} />}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="awardTypeId" label={t('nominations.awardType')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={options.isLoading}
              options={(options.data?.awardTypes ?? []).map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
          <Form.Item name="periodId" label={t('nominations.period')} rules={[{ required: true }]}>
            <Select options={(options.data?.periods ?? []).map((p) => ({ value: p.id, label: p.label }))} />
          </Form.Item>
          {subject !== 'COLLECTIVE' && (
            <Form.Item name="personId" label={t('nominations.nominee')} rules={[{ required: subject === 'INDIVIDUAL' }]}>
              <Select
                showSearch
                allowClear
                optionFilterProp="label"
                options={(options.data?.people ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
              />
            </Form.Item>
          )}
          <Form.Item name="achievements" label={t('nominations.achievements')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

type EditValues = { achievements: string; initiativeIds: string[]; electionSessionId?: string };

/** Edits a draft or returned dossier: achievements, the initiatives it cites, the cluster election of a flag. */
export function EditNominationButton({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<EditValues>();
  const evidence = useCitableEvidence(nomination, open);
  const update = useUpdateNomination(nomination);
  useProblemFields(form, update.error);

  const save = (values: EditValues) =>
    update.mutate(
      {
        awardTypeId: nomination.awardTypeId,
        periodId: nomination.periodId,
        personId: nomination.personId,
        nomineeUnitId: nomination.personId ? undefined : nomination.nomineeUnitId,
        achievements: values.achievements,
        initiativeIds: values.initiativeIds ?? [],
        electionSessionId: values.electionSessionId,
      },
      { onSuccess: () => setOpen(false) },
    );

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('nominations.edit')}</Button>
      <Modal
        open={open}
        title={t('nominations.edit')}
        okText={t('nominations.save')}
        confirmLoading={update.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then(save)}
        destroyOnHidden
      >
        {update.isError && <ErrorAlert error={update.error} />}
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            achievements: nomination.achievements,
            initiativeIds: nomination.initiativeIds,
            electionSessionId: nomination.electionSessionId ?? undefined,
          }}
        >
          <Form.Item name="achievements" label={t('nominations.achievements')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          {nomination.personId && (
            <Form.Item name="initiativeIds" label={t('nominations.initiatives')}>
              <Select
                mode="multiple"
                loading={evidence.isLoading}
                optionFilterProp="label"
                options={(evidence.data?.initiatives ?? []).map((i) => ({
                  value: i.id,
                  label: `${i.title} (${t(`nominations.scopes.${i.scope}`)})`,
                }))}
              />
            </Form.Item>
          )}
          {!nomination.personId && (
            <Form.Item name="electionSessionId" label={t('nominations.electionSession')}>
              <Select
                allowClear
                loading={evidence.isLoading}
                options={(evidence.data?.elections ?? []).map((e) => ({ value: e.id, label: `${e.title} (${formatDate(e.sessionDate)})` }))}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
