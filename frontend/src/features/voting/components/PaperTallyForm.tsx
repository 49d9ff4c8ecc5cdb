import { Button, Flex, Form, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useSessionAction, type VotingSession } from '../api/voting';

type Counts = Record<string, { yes: number; no: number; abstain: number }>;

/** The counting committee's totals of a paper ballot, entered by the session's officer. */
export function PaperTallyForm({ session }: { session: VotingSession }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const [totals, setTotals] = useState({ ballotsIssued: session.present.length, ballotsReceived: session.present.length, validBallots: session.present.length, invalidBallots: 0 });
  const [counts, setCounts] = useState<Counts>(() =>
    Object.fromEntries(session.candidates.map((c) => [c.ref, { yes: 0, no: 0, abstain: 0 }])),
  );
  const setCount = (ref: string, key: 'yes' | 'no' | 'abstain', value: number | null) =>
    setCounts((old) => ({ ...old, [ref]: { ...old[ref], [key]: value ?? 0 } }));

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('voting.paperTally')}
      </Typography.Title>
      <Flex gap={12} wrap>
        {(['ballotsIssued', 'ballotsReceived', 'validBallots', 'invalidBallots'] as const).map((key) => (
          <Form.Item key={key} label={t(`voting.paper.${key}`)} style={{ margin: 0 }}>
            <InputNumber min={0} value={totals[key]} onChange={(v) => setTotals((old) => ({ ...old, [key]: v ?? 0 }))} aria-label={t(`voting.paper.${key}`)} />
          </Form.Item>
        ))}
      </Flex>
      <Table
        rowKey="ref"
        size="small"
        pagination={false}
        dataSource={session.candidates}
        columns={[
          { key: 'label', dataIndex: 'label', title: t('voting.candidate') },
          ...(['yes', 'no', 'abstain'] as const).map((key) => ({
            key,
            title: t(`voting.${key}`),
            width: 120,
            render: (_: unknown, c: { ref: string; label: string }) => (
              <InputNumber min={0} value={counts[c.ref][key]} onChange={(v) => setCount(c.ref, key, v)} aria-label={`${t(`voting.${key}`)} ${c.label}`} />
            ),
          })),
        ]}
      />
      {action.isError && <ErrorAlert error={action.error} />}
      <Button
        type="primary"
        loading={action.isPending}
        onClick={() =>
          action.mutate({
            action: 'paper-tally',
            body: { ...totals, counts: session.candidates.map((c) => ({ candidateRef: c.ref, ...counts[c.ref] })) },
          })
        }
      >
        {t('voting.paperTallySubmit')}
      </Button>
    </Flex>
  );
}
