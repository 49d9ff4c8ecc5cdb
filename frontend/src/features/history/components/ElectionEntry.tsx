import { App, Button, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useEnterElection, type HistoryChoices, type PastElectionRequest } from '../api/history';

type Values = {
  session: Pick<PastElectionRequest['session'], 'title' | 'clusterId' | 'awardTypeId' | 'sessionDate' | 'place'> & {
    quorum?: string;
    threshold?: string;
  };
  tally: PastElectionRequest['tally'];
};

const SHARE = /^(\d{1,4}\/\d{1,4}|0(\.\d{1,4})?|1(\.0{1,4})?)$/;

/**
 * A past cluster election from its paper minutes, entered in one step: no real-time opening or closing. Rules left
 * blank are the rule parameters in force on the conference day (e.g. the 2017–2023 rows of V95).
 */
export function ElectionEntry({ periodId, choices }: { periodId: string; choices: HistoryChoices }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const enter = useEnterElection(periodId);
  useProblemFields(form, enter.error);
  const units = choices.units.map((u) => ({ value: u.id, label: u.name }));
  const required = [{ required: true, message: t('pastYear.required') }];
  const count = (name: 'ballotsIssued' | 'ballotsReceived' | 'validBallots' | 'invalidBallots') => (
    <InputNumber min={0} precision={0} aria-label={t(`pastYear.election.${name}`)} />
  );
  const submit = ({ session, tally }: Values) => {
    const { quorum, threshold, ...rest } = session;
    enter.mutate(
      { session: { ...rest, purpose: 'CLUSTER_ELECTION', mode: 'PAPER', rules: { quorum: quorum || undefined, threshold: threshold || undefined } }, tally },
      {
        onSuccess: () => void message.success(t('pastYear.election.saved')),
      },
    );
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={t('pastYear.election.title')}
      initialValues={{ tally: { invalidBallots: 0, counts: [{}] } }}>
      {enter.isError && <ErrorAlert error={enter.error} />}
      <Form.Item name={['session', 'title']} label={t('pastYear.election.sessionTitle')} rules={required}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name={['session', 'clusterId']} label={t('pastYear.cluster')} rules={required}>
          <Select style={{ minWidth: 240 }} options={choices.clusters.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name={['session', 'awardTypeId']} label={t('pastYear.awardType')}>
          <Select style={{ minWidth: 240 }} allowClear options={choices.awardTypes.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name={['session', 'sessionDate']} label={t('pastYear.election.sessionDate')} rules={required}>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name={['session', 'quorum']} label={t('pastYear.election.quorum')} extra={t('pastYear.election.ruleInForce')}
          rules={[{ pattern: SHARE, message: t('pastYear.election.share') }]}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name={['session', 'threshold']} label={t('pastYear.election.threshold')} extra={t('pastYear.election.ruleInForce')}
          rules={[{ pattern: SHARE, message: t('pastYear.election.share') }]}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name={['tally', 'ballotsIssued']} label={t('pastYear.election.ballotsIssued')} rules={required}>{count('ballotsIssued')}</Form.Item>
        <Form.Item name={['tally', 'ballotsReceived']} label={t('pastYear.election.ballotsReceived')} rules={required}>{count('ballotsReceived')}</Form.Item>
        <Form.Item name={['tally', 'validBallots']} label={t('pastYear.election.validBallots')} rules={required}>{count('validBallots')}</Form.Item>
        <Form.Item name={['tally', 'invalidBallots']} label={t('pastYear.election.invalidBallots')} rules={required}>{count('invalidBallots')}</Form.Item>
      </Space>
      <Form.List name={['tally', 'counts']}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={4}>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item name={[row.name, 'candidateRef']} rules={required}>
                  <Select aria-label={t('pastYear.election.candidateOf', { n: i + 1 })} style={{ minWidth: 260 }} showSearch
                    optionFilterProp="label" options={units} />
                </Form.Item>
                <Form.Item name={[row.name, 'yes']} rules={required}>
                  <InputNumber aria-label={t('pastYear.election.yesOf', { n: i + 1 })} min={0} precision={0} placeholder={t('pastYear.election.yes')} />
                </Form.Item>
                <Form.Item name={[row.name, 'no']}>
                  <InputNumber aria-label={t('pastYear.election.noOf', { n: i + 1 })} min={0} precision={0} placeholder={t('pastYear.election.no')} />
                </Form.Item>
                <Button onClick={() => remove(row.name)} disabled={rows.length === 1}>
                  {t('pastYear.remove')}
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({})} style={{ alignSelf: 'start' }}>
              {t('pastYear.election.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={enter.isPending} style={{ marginTop: 12 }}>
        {t('pastYear.election.submit')}
      </Button>
    </Form>
  );
}
