import { Button, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useUpdateSession, type VotingRules, type VotingSession } from '../api/voting';

/** Edits the rules of a draft (they freeze when the session opens). */
export function RulesEditor({ session }: { session: VotingSession }) {
  const { t } = useTranslation();
  const update = useUpdateSession(session.id);
  const [form] = Form.useForm<VotingRules>();
  useProblemFields(form, update.error, { rules: '' });
  // A new version of the session (saved here or elsewhere) shows its rules.
  useEffect(() => form.resetFields(), [form, session.version]);
  const save = (rules: VotingRules) =>
    update.mutate({
      purpose: session.purpose,
      title: session.title,
      clusterId: session.clusterId,
      awardTypeId: session.awardTypeId,
      sessionDate: session.sessionDate,
      place: session.place,
      mode: session.mode,
      rules,
      candidates: session.candidates,
      electorate: session.purpose === 'COUNCIL_REVIEW' ? session.electorate : undefined,
    });
  return (
    <Form<VotingRules> form={form} layout="vertical" initialValues={session.rules} onFinish={save}>
      <Flex gap={12} wrap>
        <Form.Item name="threshold" label={t('voting.rules.threshold')} rules={[{ required: true }]}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="quorum" label={t('voting.rules.quorum')} rules={[{ required: true }]}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="base" label={t('voting.rules.base')}>
          <Select
            style={{ width: 220 }}
            options={(['ALL_MEMBERS', 'PRESENT', 'VOTES_CAST'] as const).map((b) => ({ value: b, label: t(`voting.base.${b}`) }))}
          />
        </Form.Item>
        <Form.Item name="seats" label={t('voting.rules.seats')}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="maxChoices" label={t('voting.rules.maxChoices')}>
          <InputNumber min={1} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="selfVoteAllowed" valuePropName="checked">
          <Checkbox>{t('voting.rules.selfVoteAllowed')}</Checkbox>
        </Form.Item>
        <Form.Item name="abstainAllowed" valuePropName="checked">
          <Checkbox>{t('voting.rules.abstainAllowed')}</Checkbox>
        </Form.Item>
        <Form.Item name="secret" valuePropName="checked">
          <Checkbox>{t('voting.rules.secret')}</Checkbox>
        </Form.Item>
      </Flex>
      {update.isError && <ErrorAlert error={update.error} />}
      <Button htmlType="submit" loading={update.isPending}>
        {t('voting.saveRules')}
      </Button>
    </Form>
  );
}
