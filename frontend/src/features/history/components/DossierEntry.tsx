import { App, Button, Form, Input, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useEnterDossier, useHistoryRecords, useUnitPeople, type HistoryChoices, type PastDossierRequest } from '../api/history';

type Values = PastDossierRequest & { nominee: 'PERSON' | 'UNIT' };

/** A dossier of the past year as the council approved it then: the proposing unit, the nominee and the award. */
export function DossierEntry({ periodId, choices }: { periodId: string; choices: HistoryChoices }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const enter = useEnterDossier(periodId);
  useProblemFields(form, enter.error);
  const unitId = Form.useWatch('unitId', form);
  const nominee = Form.useWatch('nominee', form);
  const people = useUnitPeople(nominee === 'PERSON' ? unitId : undefined);
  const records = useHistoryRecords(periodId);
  const clusters = new Set(choices.clusters.map((c) => c.id));
  const elections = (records.data?.sessions ?? []).filter((s) => s.clusterId && clusters.has(s.clusterId));
  const required = [{ required: true, message: t('pastYear.required') }];
  const units = choices.units.map((u) => ({ value: u.id, label: u.name }));
  const submit = ({ nominee: kind, ...values }: Values) =>
    enter.mutate(
      {
        ...values,
        personId: kind === 'PERSON' ? values.personId : undefined,
        nomineeUnitId: kind === 'UNIT' ? values.nomineeUnitId : undefined,
        electionSessionId: values.electionSessionId || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('pastYear.dossier.saved'));
          form.resetFields();
        },
      },
    );
  return (
    <Form form={form} name="pastDossier" layout="vertical" onFinish={submit} aria-label={t('pastYear.dossier.title')} initialValues={{ nominee: 'PERSON' }}>
      {enter.isError && <ErrorAlert error={enter.error} />}
      <Space wrap align="start">
        <Form.Item name="unitId" label={t('pastYear.dossier.proposingUnit')} rules={required}>
          <Select style={{ minWidth: 280 }} showSearch optionFilterProp="label" options={units} />
        </Form.Item>
        <Form.Item name="nominee" label={t('pastYear.dossier.nominee')}>
          <Radio.Group
            options={[
              { value: 'PERSON', label: t('pastYear.dossier.person') },
              { value: 'UNIT', label: t('pastYear.dossier.collective') },
            ]}
          />
        </Form.Item>
        {nominee === 'UNIT' ? (
          <Form.Item name="nomineeUnitId" label={t('pastYear.dossier.nomineeUnit')} rules={required}>
            <Select style={{ minWidth: 280 }} showSearch optionFilterProp="label" options={units} />
          </Form.Item>
        ) : (
          <Form.Item name="personId" label={t('pastYear.dossier.personName')} rules={required}>
            <Select
              style={{ minWidth: 280 }}
              showSearch
              optionFilterProp="label"
              loading={people.isFetching}
              options={(people.data ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
            />
          </Form.Item>
        )}
      </Space>
      <Space wrap align="start">
        <Form.Item name="awardTypeId" label={t('pastYear.awardType')} rules={required}>
          <Select style={{ minWidth: 280 }} options={choices.awardTypes.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="electionSessionId" label={t('pastYear.dossier.election')} extra={t('pastYear.dossier.electionHelp')}>
          <Select style={{ minWidth: 280 }} allowClear options={elections.map((s) => ({ value: s.id, label: s.title }))} />
        </Form.Item>
      </Space>
      <Form.Item name="achievements" label={t('pastYear.dossier.achievements')} rules={[...required, { whitespace: true, message: t('pastYear.required') }]}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={enter.isPending}>
        {t('pastYear.dossier.submit')}
      </Button>
    </Form>
  );
}
