import { Button, Flex, Form, InputNumber, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useSessionAction, type VotingSession } from '../api/voting';
import { TOTALS, tallyFieldErrors } from '../lib/tally-field-errors';

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
  const faults = useMemo(() => tallyFieldErrors(action.error), [action.error]);
  const help = (place: string) => {
    const messages = faults.get(place);
    return messages && messages.join(' ');
  };
  const indexOf = (ref: string) => session.candidates.findIndex((c) => c.ref === ref);

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('voting.paperTally')}
      </Typography.Title>
      <Flex gap={12} wrap>
        {TOTALS.map((key) => (
          <Form.Item
            key={key}
            label={t(`voting.paper.${key}`)}
            style={{ margin: 0, maxWidth: 320 }}
            validateStatus={help(key) ? 'error' : undefined}
            help={help(key)}
          >
            <InputNumber
              min={0}
              value={totals[key]}
              onChange={(v) => setTotals((old) => ({ ...old, [key]: v ?? 0 }))}
              aria-label={t(`voting.paper.${key}`)}
              aria-invalid={help(key) ? true : undefined}
            />
          </Form.Item>
        ))}
      </Flex>
      <Table<{ ref: string; label: string }>
        rowKey="ref"
        size="small"
        pagination={false}
        dataSource={session.candidates}
        columns={[
          {
            key: 'label',
            dataIndex: 'label',
            title: t('voting.candidate'),
            render: (label: string, c: { ref: string; label: string }) => {
              const line = help(`counts[${indexOf(c.ref)}]`);
              return (
                <Flex vertical>
                  <span>{label}</span>
                  {line && (
                    <Typography.Text type="danger" role="alert">
                      {line}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          },
          ...(['yes', 'no', 'abstain'] as const).map((key) => ({
            key,
            title: t(`voting.${key}`),
            width: 120,
            render: (_: unknown, c: { ref: string; label: string }) => {
              const cell = key === 'abstain' ? help(`counts[${indexOf(c.ref)}].abstain`) : undefined;
              return (
                <Flex vertical>
                  <InputNumber
                    min={0}
                    value={counts[c.ref][key]}
                    onChange={(v) => setCount(c.ref, key, v)}
                    aria-label={`${t(`voting.${key}`)} ${c.label}`}
                    status={cell ? 'error' : undefined}
                    aria-invalid={cell ? true : undefined}
                  />
                  {cell && <Typography.Text type="danger">{cell}</Typography.Text>}
                </Flex>
              );
            },
          })),
        ]}
      />
      {help('counts') && (
        <Typography.Text type="danger" role="alert">
          {help('counts')}
        </Typography.Text>
      )}
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
