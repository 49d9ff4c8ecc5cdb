import { App, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useEnterCampaign, type CampaignRequest, type HistoryChoices } from '../api/history';

type Values = Pick<CampaignRequest, 'title' | 'type' | 'scope' | 'startDate' | 'endDate' | 'registrationDeadline' | 'targetSelector'> & {
  targetClusterId?: string;
  targetUnitIds?: string[];
};

/** The past year's campaign as it ran, recorded closed: its dates and the units it targeted. */
export function CampaignEntry({ periodId, choices }: { periodId: string; choices: HistoryChoices }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const enter = useEnterCampaign(periodId);
  useProblemFields(form, enter.error);
  const selector = Form.useWatch('targetSelector', form);
  const required = [{ required: true, message: t('pastYear.required') }];
  const submit = (values: Values) =>
    enter.mutate(
      {
        ...values,
        periodId,
        registrationDeadline: values.registrationDeadline || undefined,
        targetClusterId: values.targetSelector === 'CLUSTER' ? values.targetClusterId : undefined,
        targetUnitIds: values.targetSelector === 'LIST' ? values.targetUnitIds : undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('pastYear.campaign.saved'));
          form.resetFields();
        },
      },
    );
  return (
    <Form
      form={form}
      name="pastCampaign"
      layout="vertical"
      onFinish={submit}
      aria-label={t('pastYear.campaign.title')}
      initialValues={{ type: 'REGULAR', scope: 'SECTOR', targetSelector: 'LIST' }}
    >
      {enter.isError && <ErrorAlert error={enter.error} />}
      <Form.Item name="title" label={t('pastYear.campaign.name')} rules={required}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="type" label={t('pastYear.campaign.type')} rules={required}>
          <Select style={{ minWidth: 160 }} options={(['REGULAR', 'THEMATIC'] as const).map((v) => ({ value: v, label: t(`enums.campaignType.${v}`) }))} />
        </Form.Item>
        <Form.Item name="scope" label={t('pastYear.campaign.scope')} rules={required}>
          <Select
            style={{ minWidth: 160 }}
            options={(['SECTOR', 'CLUSTER', 'UNIT'] as const).map((v) => ({ value: v, label: t(`enums.campaignScope.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="startDate" label={t('pastYear.campaign.startDate')} rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endDate" label={t('pastYear.campaign.endDate')} rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="registrationDeadline" label={t('pastYear.campaign.registrationDeadline')}>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="targetSelector" label={t('pastYear.campaign.targets')} rules={required}>
          <Select
            style={{ minWidth: 200 }}
            options={(['LIST', 'CLUSTER'] as const).map((v) => ({ value: v, label: t(`pastYear.campaign.selector.${v}`) }))}
          />
        </Form.Item>
        {selector === 'CLUSTER' ? (
          <Form.Item name="targetClusterId" label={t('pastYear.cluster')} rules={required}>
            <Select style={{ minWidth: 280 }} options={choices.clusters.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        ) : (
          <Form.Item name="targetUnitIds" label={t('pastYear.campaign.units')} rules={required}>
            <Select
              style={{ minWidth: 360 }}
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={choices.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
      </Space>
      <Button type="primary" htmlType="submit" loading={enter.isPending}>
        {t('pastYear.campaign.submit')}
      </Button>
    </Form>
  );
}
