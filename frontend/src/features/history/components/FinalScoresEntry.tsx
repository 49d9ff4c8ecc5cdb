import { App, Button, Flex, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useEnterFinalScores, type FinalScoresRequest, type HistoryChoices } from '../api/history';

/** A cluster's final result of the past year: a final score and rank per member, no per-criterion sheet. */
export function FinalScoresEntry({ periodId, choices }: { periodId: string; choices: HistoryChoices }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FinalScoresRequest>();
  const enter = useEnterFinalScores(periodId);
  useProblemFields(form, enter.error);
  const units = choices.units.map((u) => ({ value: u.id, label: u.name }));
  const submit = (values: FinalScoresRequest) =>
    enter.mutate(values, {
      onSuccess: () => void message.success(t('pastYear.scores.saved')),
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ scores: [{}] }} aria-label={t('pastYear.scores.title')}>
      {enter.isError && <ErrorAlert error={enter.error} />}
      <Form.Item name="clusterId" label={t('pastYear.cluster')} rules={[{ required: true, message: t('pastYear.required') }]}>
        <Select options={choices.clusters.map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      <Form.List name="scores">
        {(rows, { add, remove }) => (
          <Flex vertical gap={4}>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item name={[row.name, 'unitId']} rules={[{ required: true, message: t('pastYear.required') }]}>
                  <Select aria-label={t('pastYear.scores.unitOf', { n: i + 1 })} style={{ minWidth: 260 }} showSearch optionFilterProp="label"
                    options={units} />
                </Form.Item>
                <Form.Item name={[row.name, 'finalScore']} rules={[{ required: true, message: t('pastYear.required') }]}>
                  <InputNumber aria-label={t('pastYear.scores.scoreOf', { n: i + 1 })} min={0} step={0.5} placeholder={t('pastYear.scores.score')} />
                </Form.Item>
                <Form.Item name={[row.name, 'rank']} rules={[{ required: true, message: t('pastYear.required') }]}>
                  <InputNumber aria-label={t('pastYear.scores.rankOf', { n: i + 1 })} min={1} precision={0} placeholder={t('pastYear.scores.rank')} />
                </Form.Item>
                <Button onClick={() => remove(row.name)} disabled={rows.length === 1}>
                  {t('pastYear.remove')}
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({})} style={{ alignSelf: 'start' }}>
              {t('pastYear.scores.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={enter.isPending} style={{ marginTop: 12 }}>
        {t('pastYear.scores.submit')}
      </Button>
    </Form>
  );
}
