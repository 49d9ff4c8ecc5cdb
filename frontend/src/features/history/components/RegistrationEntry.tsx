import { App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useEnterRegistration, type HistoryChoices, type PastRegistrationRequest } from '../api/history';

/** A registration of the past year, entered on the unit's behalf and recorded as approved then. */
export function RegistrationEntry({ periodId, choices }: { periodId: string; choices: HistoryChoices }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PastRegistrationRequest>();
  const enter = useEnterRegistration(periodId);
  useProblemFields(form, enter.error);
  const submit = (values: PastRegistrationRequest) =>
    enter.mutate(
      { ...values, registeredOn: values.registeredOn || undefined },
      {
        onSuccess: () => {
          void message.success(t('pastYear.registration.saved'));
          form.resetFields();
        },
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={t('pastYear.registration.title')}>
      {enter.isError && <ErrorAlert error={enter.error} />}
      <Form.Item name="campaignId" label={t('pastYear.registration.campaign')} rules={[{ required: true, message: t('pastYear.required') }]}>
        <Select options={choices.campaigns.map((c) => ({ value: c.id, label: c.title }))} />
      </Form.Item>
      <Form.Item name="unitId" label={t('pastYear.unit')} rules={[{ required: true, message: t('pastYear.required') }]}>
        <Select showSearch optionFilterProp="label" options={choices.units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="awardTypeId" label={t('pastYear.awardType')} rules={[{ required: true, message: t('pastYear.required') }]}>
        <Select options={choices.awardTypes.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item name="registeredOn" label={t('pastYear.registration.registeredOn')} extra={t('pastYear.registration.registeredOnHelp')}>
        <Input type="date" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={enter.isPending}>
        {t('pastYear.registration.submit')}
      </Button>
    </Form>
  );
}
