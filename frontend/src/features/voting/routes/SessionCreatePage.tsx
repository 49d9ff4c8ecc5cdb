import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useAwardTypes, useCreateSession, useElectionClusters, useRankedCandidates, type Candidate } from '../api/voting';

type FormValues = { title: string; clusterId: string; awardTypeId?: string; sessionDate: Dayjs; place?: string; mode: 'ELECTRONIC' | 'PAPER' };

/** Sets up a cluster election: candidates prefilled from the cluster's ranking, rules from the rules in force. */
export function SessionCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const clusterId = Form.useWatch('clusterId', form);
  const clusters = useElectionClusters();
  const awardTypes = useAwardTypes();
  const ranked = useRankedCandidates(clusterId);
  const [chosen, setChosen] = useState<string[]>([]);
  const create = useCreateSession();
  useProblemFields(form, create.error);

  useEffect(() => {
    setChosen(ranked.data?.map((c) => c.ref) ?? []);
  }, [ranked.data]);

  const submit = (values: FormValues) => {
    const candidates: Candidate[] | undefined = ranked.data?.filter((c) => chosen.includes(c.ref));
    create.mutate(
      {
        purpose: 'CLUSTER_ELECTION',
        title: values.title,
        clusterId: values.clusterId,
        awardTypeId: values.awardTypeId,
        sessionDate: values.sessionDate.format('YYYY-MM-DD'),
        place: values.place,
        mode: values.mode,
        candidates: candidates && candidates.length > 0 ? candidates : undefined,
      },
      { onSuccess: ({ session }) => void navigate(`/voting/${session.id}`) },
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Link to="/voting">
        <ArrowLeftOutlined /> {t('voting.back')}
      </Link>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('voting.create')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('voting.rulesFromParameters')}</Typography.Text>
      <Form<FormValues> form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'ELECTRONIC', sessionDate: dayjs(), place: 'Hà Nội' }}>
        <Form.Item name="title" label={t('voting.sessionTitle')} rules={[{ required: true, message: t('voting.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="clusterId" label={t('voting.cluster')} rules={[{ required: true, message: t('voting.required') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={clusters.isPending}
            options={(clusters.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.periodLabel ?? ''})` }))}
          />
        </Form.Item>
        <Form.Item name="awardTypeId" label={t('voting.awardType')}>
          <Select allowClear showSearch optionFilterProp="label" options={(awardTypes.data ?? []).map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="sessionDate" label={t('voting.date')} rules={[{ required: true, message: t('voting.required') }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="place" label={t('voting.place')}>
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Form.Item name="mode" label={t('voting.mode')}>
          <Radio.Group>
            <Radio value="ELECTRONIC">{t('voting.modes.ELECTRONIC')}</Radio>
            <Radio value="PAPER">{t('voting.modes.PAPER')}</Radio>
          </Radio.Group>
        </Form.Item>
        {ranked.data && (
          <Form.Item label={t('voting.candidatesFromRanking')}>
            <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])}>
              <Flex vertical gap={4}>
                {ranked.data.map((c, i) => (
                  <Checkbox key={c.ref} value={c.ref}>
                    {i + 1}. {c.label}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
        )}
        {create.isError && <ErrorAlert error={create.error} />}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('voting.createSubmit')}
        </Button>
      </Form>
    </Flex>
  );
}
