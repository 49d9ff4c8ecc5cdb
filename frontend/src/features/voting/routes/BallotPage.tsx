import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Radio, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useCastBallot, useVotingSession, type BallotMark, type VotingSession } from '../api/voting';

type Choice = BallotMark['choice'];

/** The ballot: one mark per candidate, at most maxChoices "đồng ý"; laid out for a phone. */
export function BallotPage() {
  const { id } = useParams();
  const query = useVotingSession(id);
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <Ballot session={query.data.session} />;
}

function Ballot({ session }: { session: VotingSession }) {
  const { t } = useTranslation();
  const cast = useCastBallot(session.id);
  const [marks, setMarks] = useState<Record<string, Choice>>(() => Object.fromEntries(session.candidates.map((c) => [c.ref, 'NO'])));
  const yes = Object.values(marks).filter((m) => m === 'YES').length;
  const tooMany = yes > session.rules.maxChoices;

  if (cast.data) {
    return (
      <Result
        status="success"
        title={t('voting.castDone')}
        subTitle={t('voting.receiptHint')}
        extra={[
          <Typography.Title key="code" level={2} copyable data-testid="receipt-code" style={{ fontFamily: 'monospace', letterSpacing: 2 }}>
            {cast.data.receiptCode}
          </Typography.Title>,
          <Link key="back" to={`/voting/${session.id}`}>
            {t('voting.backToSession')}
          </Link>,
        ]}
      />
    );
  }
  if (!session.allowedActions.includes('cast')) {
    return (
      <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto' }}>
        <Link to={`/voting/${session.id}`}>
          <ArrowLeftOutlined /> {t('voting.backToSession')}
        </Link>
        <Alert type="info" showIcon message={session.callerHasVoted ? t('voting.alreadyVoted') : t('voting.cannotVote')} />
      </Flex>
    );
  }
  const options = [
    { value: 'YES', label: t('voting.yes') },
    { value: 'NO', label: t('voting.no') },
    ...(session.rules.abstainAllowed ? [{ value: 'ABSTAIN', label: t('voting.abstain') }] : []),
  ];
  return (
    <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto', width: '100%' }}>
      <Link to={`/voting/${session.id}`}>
        <ArrowLeftOutlined /> {t('voting.backToSession')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('voting.ballotTitle')}
      </Typography.Title>
      <Typography.Text>{session.title}</Typography.Text>
      <Typography.Text type={tooMany ? 'danger' : 'secondary'}>
        {t('voting.chooseUpTo', { max: session.rules.maxChoices, chosen: yes })}
      </Typography.Text>
      {session.candidates.map((c) => (
        <Card key={c.ref} size="small" title={c.label} styles={{ header: { whiteSpace: 'normal' } }}>
          <div role="group" aria-label={c.label}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              value={marks[c.ref]}
              onChange={(e) => setMarks((old) => ({ ...old, [c.ref]: e.target.value as Choice }))}
              options={options}
            />
          </div>
        </Card>
      ))}
      {session.rules.secret && <Typography.Text type="secondary">{t('voting.secretHint')}</Typography.Text>}
      {cast.isError && <ErrorAlert error={cast.error} />}
      <Button
        type="primary"
        size="large"
        block
        disabled={tooMany}
        loading={cast.isPending}
        onClick={() => cast.mutate(session.candidates.map((c) => ({ candidateRef: c.ref, choice: marks[c.ref] })))}
      >
        {t('voting.castSubmit')}
      </Button>
    </Flex>
  );
}
