import { App, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useEnterCluster, type ClusterRequest, type HistoryChoices } from '../api/history';

type Values = Omit<ClusterRequest, 'periodId'>;

const KINDS = ['CUM', 'KHOI', 'KHU_VUC'] as const;

/** A cluster of the past year as it was: its members, head and deputies. */
export function ClusterEntry({ periodId, choices }: { periodId: string; choices: HistoryChoices }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const enter = useEnterCluster(periodId);
  useProblemFields(form, enter.error);
  const members = Form.useWatch('memberUnitIds', form) ?? [];
  const required = [{ required: true, message: t('pastYear.required') }];
  const units = choices.units.map((u) => ({ value: u.id, label: u.name }));
  const chosen = units.filter((u) => members.includes(u.value));
  const submit = (values: Values) =>
    enter.mutate(
      { ...values, periodId, deputyUnitIds: values.deputyUnitIds ?? [] },
      {
        onSuccess: () => {
          void message.success(t('pastYear.clusterEntry.saved'));
          form.resetFields();
        },
      },
    );
  return (
    <Form form={form} name="pastCluster" layout="vertical" onFinish={submit} aria-label={t('pastYear.clusterEntry.title')} initialValues={{ kind: 'CUM' }}>
      {enter.isError && <ErrorAlert error={enter.error} />}
      <Space wrap align="start">
        <Form.Item name="name" label={t('pastYear.clusterEntry.name')} rules={required}>
          <Input maxLength={300} style={{ minWidth: 280 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('pastYear.clusterEntry.kind')} rules={required}>
          <Select style={{ minWidth: 160 }} options={KINDS.map((k) => ({ value: k, label: t(`enums.clusterKind.${k}`) }))} />
        </Form.Item>
      </Space>
      <Form.Item name="memberUnitIds" label={t('pastYear.clusterEntry.members')} rules={required}>
        <Select mode="multiple" showSearch optionFilterProp="label" options={units} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="headUnitId" label={t('pastYear.clusterEntry.head')}>
          <Select style={{ minWidth: 240 }} allowClear options={chosen} />
        </Form.Item>
        <Form.Item name="deputyUnitIds" label={t('pastYear.clusterEntry.deputies')}>
          <Select style={{ minWidth: 240 }} mode="multiple" options={chosen} />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={enter.isPending}>
        {t('pastYear.clusterEntry.submit')}
      </Button>
    </Form>
  );
}
