import { App, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useEnterDecision, useHistoryRecords, type DecisionRequest } from '../api/history';

/** The past year's decision (quyết định khen thưởng) for dossiers approved then: its number, date and signer. */
export function DecisionEntry({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionRequest>();
  const enter = useEnterDecision(periodId);
  useProblemFields(form, enter.error);
  const records = useHistoryRecords(periodId);
  const required = [{ required: true, message: t('pastYear.required') }];
  const dossiers = (records.data?.dossiers ?? []).map((n) => ({
    value: n.id,
    label: `${n.personName ?? n.nomineeUnitName ?? ''} — ${n.awardTypeName}`,
  }));
  const submit = (values: DecisionRequest) =>
    enter.mutate(values, {
      onSuccess: () => {
        void message.success(t('pastYear.decision.saved'));
        form.resetFields();
      },
    });
  return (
    <Form form={form} name="pastDecision" layout="vertical" onFinish={submit} aria-label={t('pastYear.decision.title')}>
      {enter.isError && <ErrorAlert error={enter.error} />}
      <Space wrap align="start">
        <Form.Item name="number" label={t('pastYear.decision.number')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('pastYear.decision.date')} rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="signer" label={t('pastYear.decision.signer')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('pastYear.decision.signerTitle')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
      </Space>
      <Form.Item name="nominationIds" label={t('pastYear.decision.dossiers')} rules={required} extra={t('pastYear.decision.dossiersHelp')}>
        <Select mode="multiple" loading={records.isFetching} options={dossiers} optionFilterProp="label" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={enter.isPending}>
        {t('pastYear.decision.submit')}
      </Button>
    </Form>
  );
}
