import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { DATE_FORMAT } from '@/lib/format';
import { useClusterOptions, useCreateCampaign, useUnitOptions, type CampaignRequest } from '../api/campaigns';

const UNIT_KINDS = ['VU', 'CUC', 'TONG_CUC', 'VAN_PHONG', 'THANH_TRA', 'SU_NGHIEP', 'SO_TU_PHAP', 'THADS_TINH', 'THADS_KHU_VUC', 'PHONG_TU_PHAP', 'XA'] as const;

type Values = {
  title: string;
  slogan?: string;
  type: CampaignRequest['type'];
  scope: CampaignRequest['scope'];
  launchLevel?: CampaignRequest['launchLevel'];
  organisingScope?: CampaignRequest['organisingScope'];
  startDate: Dayjs;
  endDate: Dayjs;
  registrationDeadline?: Dayjs;
  interimReportDue?: Dayjs;
  finalReportDue?: Dayjs;
  targetSelector: CampaignRequest['targetSelector'];
  targetClusterId?: string;
  targetUnitKind?: CampaignRequest['targetUnitKind'];
  targetUnitIds?: string[];
  goals?: { text: string; quantity?: number; measure?: string }[];
};

const iso = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : undefined);

/** The secretariat drafts a campaign: what, when, for which units, with which targets. */
export function CampaignCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const selector = Form.useWatch('targetSelector', form);
  const create = useCreateCampaign();
  useProblemFields(form, create.error);
  const clusters = useClusterOptions();
  const [unitTerm, setUnitTerm] = useState('');
  const units = useUnitOptions(useDebouncedValue(unitTerm.trim(), 300));

  const submit = async (v: Values) => {
    const created = await create.mutateAsync({
      title: v.title.trim(),
      slogan: v.slogan?.trim() || undefined,
      type: v.type,
      scope: v.scope,
      launchLevel: v.launchLevel,
      organisingScope: v.organisingScope,
      startDate: iso(v.startDate)!,
      endDate: iso(v.endDate)!,
      registrationDeadline: iso(v.registrationDeadline),
      interimReportDue: iso(v.interimReportDue),
      finalReportDue: iso(v.finalReportDue),
      targetSelector: v.targetSelector,
      targetClusterId: v.targetSelector === 'CLUSTER' ? v.targetClusterId : undefined,
      targetUnitKind: v.targetSelector === 'KIND' ? v.targetUnitKind : undefined,
      targetUnitIds: v.targetSelector === 'LIST' ? v.targetUnitIds : undefined,
      goals: (v.goals ?? []).filter((g) => g?.text?.trim()).map((g) => ({ text: g.text.trim(), quantity: g.quantity ?? undefined, measure: g.measure?.trim() || undefined })),
    });
    void navigate(`/campaigns/${created.id}`);
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('campaigns.createTitle')}
      </Typography.Title>
      {create.isError && <ErrorAlert error={create.error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ type: 'REGULAR', scope: 'SECTOR', targetSelector: 'CLUSTER', goals: [{ text: '' }] }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Card>
          <Form.Item name="title" label={t('campaigns.titleLabel')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="slogan" label={t('campaigns.slogan')}>
            <Input maxLength={500} />
          </Form.Item>
          <Flex gap={24} wrap>
            <Form.Item name="type" label={t('campaigns.type')}>
              <Radio.Group options={(['REGULAR', 'THEMATIC'] as const).map((v) => ({ value: v, label: t(`enums.campaignType.${v}`) }))} />
            </Form.Item>
            <Form.Item name="scope" label={t('campaigns.scope')}>
              <Radio.Group options={(['SECTOR', 'CLUSTER', 'UNIT'] as const).map((v) => ({ value: v, label: t(`enums.campaignScope.${v}`) }))} />
            </Form.Item>
          </Flex>
          <Flex gap={24} wrap>
            <Form.Item name="launchLevel" label={t('campaigns.launchLevel')} style={{ minWidth: 260 }}>
              <Select
                allowClear
                placeholder={t('campaigns.unclassified')}
                options={(['CENTRAL', 'MINISTRY', 'AGENCY'] as const).map((v) => ({ value: v, label: t(`enums.launchLevel.${v}`) }))}
              />
            </Form.Item>
            <Form.Item name="organisingScope" label={t('campaigns.organisingScope')} style={{ minWidth: 260 }}>
              <Select
                allowClear
                placeholder={t('campaigns.unclassified')}
                options={(['NATIONWIDE', 'SECTOR', 'CLUSTER', 'AGENCY'] as const).map((v) => ({ value: v, label: t(`enums.organisingScope.${v}`) }))}
              />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item name="startDate" label={t('campaigns.startDate')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} placeholder={t('common.pickDate')} />
            </Form.Item>
            <Form.Item
              name="endDate"
              label={t('campaigns.endDate')}
              dependencies={['startDate']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  validator: async (_, end?: Dayjs) => {
                    const start = getFieldValue('startDate') as Dayjs | undefined;
                    if (start && end && end.isBefore(start, 'day')) throw new Error(t('campaigns.endBeforeStart'));
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} placeholder={t('common.pickDate')} />
            </Form.Item>
            <Form.Item name="registrationDeadline" label={t('campaigns.registrationDeadline')}>
              <DatePicker format={DATE_FORMAT} placeholder={t('common.pickDate')} />
            </Form.Item>
            <Form.Item name="interimReportDue" label={t('campaigns.interimReportDue')}>
              <DatePicker format={DATE_FORMAT} placeholder={t('common.pickDate')} />
            </Form.Item>
            <Form.Item name="finalReportDue" label={t('campaigns.finalReportDue')}>
              <DatePicker format={DATE_FORMAT} placeholder={t('common.pickDate')} />
            </Form.Item>
          </Flex>
          <Form.Item name="targetSelector" label={t('campaigns.targetSelector')}>
            <Radio.Group options={(['CLUSTER', 'KIND', 'LIST'] as const).map((v) => ({ value: v, label: t(`enums.targetSelector.${v}`) }))} />
          </Form.Item>
          {selector === 'CLUSTER' && (
            <Form.Item name="targetClusterId" label={t('campaigns.targetCluster')} rules={[{ required: true }]}>
              <Select
                loading={clusters.isPending}
                options={(clusters.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.periodLabel ?? ''})` }))}
              />
            </Form.Item>
          )}
          {selector === 'KIND' && (
            <Form.Item name="targetUnitKind" label={t('campaigns.targetUnitKind')} rules={[{ required: true }]}>
              <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enums.unitKind.${k}`) }))} />
            </Form.Item>
          )}
          {selector === 'LIST' && (
            <Form.Item name="targetUnitIds" label={t('campaigns.targetUnits')} rules={[{ required: true }]}>
              <Select
                mode="multiple"
                showSearch
                filterOption={false}
                onSearch={setUnitTerm}
                options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          )}
        </Card>
        <Card title={t('campaigns.goals')} style={{ marginTop: 16 }}>
          <Form.List name="goals">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, 'text']} style={{ flex: 1 }}>
                      <Input placeholder={t('campaigns.goalText')} aria-label={t('campaigns.goalText')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'quantity']}>
                      <InputNumber placeholder={t('campaigns.quantity')} aria-label={t('campaigns.quantity')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'measure']}>
                      <Input placeholder={t('campaigns.measure')} aria-label={t('campaigns.measure')} style={{ width: 120 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
                  {t('campaigns.addGoal')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Flex gap={8} style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('campaigns.save')}
          </Button>
          <Button onClick={() => void navigate('/campaigns')}>{t('campaigns.back')}</Button>
        </Flex>
      </Form>
    </Flex>
  );
}
