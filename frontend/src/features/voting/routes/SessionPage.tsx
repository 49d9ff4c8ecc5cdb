import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { saveBlob } from '@/lib/download';
import { formatDate } from '@/lib/format';
import {
  useMinutesDownload,
  useSessionAction,
  useVotingResult,
  useVotingSession,
  type VotingSession,
} from '../api/voting';
import { ClusterProposalPanel } from '../components/ClusterProposalPanel';
import { PublishedReceipts } from '../components/PublishedReceipts';
import { PaperTallyForm } from '../components/PaperTallyForm';
import { ResultChart } from '../components/ResultChart';
import { RulesEditor } from '../components/RulesEditor';
import { SessionStatusTag } from '../components/SessionStatusTag';
import { TurnoutCounter } from '../components/TurnoutCounter';
import { BackLink } from '@/components/BackLink';
import { CountingBoardLink } from '../components/CountingBoardLink';
import { CountingBoardEditor } from '../components/CountingBoardEditor';
import { SignedMinutesPanel } from '../components/SignedMinutesPanel';

export function SessionPage() {
  const { id } = useParams();
  const query = useVotingSession(id);
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <SessionView session={query.data.session} />;
}

function SessionView({ session }: { session: VotingSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const action = useSessionAction(session.id);
  const can = (a: string) => session.allowedActions.includes(a);
  const showResult = session.status === 'PUBLISHED' || (session.status === 'TALLIED' && can('publish'));
  const result = useVotingResult(session.id, showResult);
  const minutes = useMinutesDownload();
  const rules = session.rules;

  return (
    <Flex vertical gap={16}>
      <BackLink to="/voting">{t('voting.back')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {session.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {session.clusterName ?? t('voting.council')} · {t('voting.roundN', { round: session.round })} · {formatDate(session.sessionDate)}
            {session.place ? ` · ${session.place}` : ''}
          </Typography.Text>
        </div>
        <SessionStatusTag status={session.status} />
      </Flex>
      <CountingBoardLink sessionId={session.id} />
      {action.isError && <ErrorAlert error={action.error} />}

      {session.status === 'OPEN' && (
        <Flex vertical gap={12}>
          <TurnoutCounter sessionId={session.id} live />
          {can('cast') && (
            <Button type="primary" size="large" onClick={() => void navigate(`/voting/${session.id}/ballot`)}>
              {t('voting.goVote')}
            </Button>
          )}
          {session.callerHasVoted && <Alert type="success" showIcon message={t('voting.alreadyVoted')} />}
          {can('close') && (
            <Button danger loading={action.isPending} onClick={() => action.mutate({ action: 'close' })}>
              {t('voting.actions.close')}
            </Button>
          )}
        </Flex>
      )}

      {session.status === 'CLOSED' && (
        <Card size="small">
          {can('tally') && (
            <Button type="primary" loading={action.isPending} onClick={() => action.mutate({ action: 'tally' })}>
              {t('voting.actions.tally')}
            </Button>
          )}
          {can('paper-tally') && <PaperTallyForm session={session} />}
          {!can('tally') && !can('paper-tally') && <Typography.Text>{t('voting.waitingTally')}</Typography.Text>}
        </Card>
      )}

      {showResult && (
        <Card
          size="small"
          title={t('voting.result')}
          extra={
            <Flex gap={8} wrap>
              {(['pdf', 'csv'] as const).map((format) => (
                <Button
                  key={format}
                  icon={<DownloadOutlined />}
                  loading={minutes.isPending && minutes.variables?.format === format}
                  onClick={() =>
                    minutes.mutate(
                      { id: session.id, format },
                      { onSuccess: ({ blob }) => saveBlob(blob, `bien-ban-kiem-phieu-${session.id}.${format}`) },
                    )
                  }
                >
                  {format === 'pdf' ? t('voting.minutesPdf') : t('voting.minutesCsv')}
                </Button>
              ))}
            </Flex>
          }
        >
          {minutes.isError && <ErrorAlert error={minutes.error} />}
          {result.isError && <ErrorAlert error={result.error} />}
          {result.data && <ResultChart result={result.data} />}
          <Flex gap={8} wrap style={{ marginTop: 12 }}>
            {can('publish') && (
              <Button type="primary" loading={action.isPending} onClick={() => action.mutate({ action: 'publish' })}>
                {t('voting.actions.publish')}
              </Button>
            )}
            {can('rounds') && (
              <Button
                loading={action.isPending}
                onClick={() => action.mutate({ action: 'rounds' }, { onSuccess: ({ session: next }) => void navigate(`/voting/${next.id}`) })}
              >
                {t('voting.actions.rounds')}
              </Button>
            )}
          </Flex>
          {result.data && (result.data.receiptCodes.length > 0 || result.data.encrypted) && (
            <PublishedReceipts
              sessionId={session.id}
              codes={result.data.receiptCodes}
              encrypted={!!result.data.encrypted}
              bulletinSha256={result.data.bulletinSha256}
            />
          )}
        </Card>
      )}

      {showResult && <SignedMinutesPanel session={session} />}

      <ClusterProposalPanel session={session} />

      <Card size="small" title={t('voting.rulesTitle')}>
        {can('edit') ? (
          <RulesEditor session={session} />
        ) : (
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
            <Descriptions.Item label={t('voting.rules.threshold')}>
              {rules.threshold} {t(`voting.base.${rules.base}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('voting.rules.quorum')}>{rules.quorum}</Descriptions.Item>
            <Descriptions.Item label={t('voting.rules.seats')}>{rules.seats}</Descriptions.Item>
            <Descriptions.Item label={t('voting.rules.maxChoices')}>{rules.maxChoices}</Descriptions.Item>
            <Descriptions.Item label={t('voting.rules.selfVoteAllowed')}>{rules.selfVoteAllowed ? t('voting.yesWord') : t('voting.noWord')}</Descriptions.Item>
            <Descriptions.Item label={t('voting.rules.secret')}>{rules.secret ? t('voting.yesWord') : t('voting.noWord')}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      {session.status === 'DRAFT' && session.encrypted && can('edit') && <CountingBoardEditor sessionId={session.id} />}

      {can('open') ? (
        <OpenPanel session={session} />
      ) : (
        <Card size="small" title={t('voting.candidates')}>
          <List size="small" dataSource={session.candidates} renderItem={(c, i) => <List.Item>{i + 1}. {c.label}</List.Item>} />
          {session.status !== 'DRAFT' && (
            <Typography.Text type="secondary">
              {t('voting.presentCount', { present: session.present.length, electorate: session.electorate.length })}
            </Typography.Text>
          )}
        </Card>
      )}
    </Flex>
  );
}

/** Presence checkboxes and the opening (quorum checked by the server). */
function OpenPanel({ session }: { session: VotingSession }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const [present, setPresent] = useState<string[]>([]);
  return (
    <Card size="small" title={t('voting.presence')}>
      <Flex vertical gap={12}>
        <Typography.Text>
          {t('voting.quorumHint', { needed: session.quorumNeeded, electorate: session.electorate.length, quorum: session.rules.quorum })}
        </Typography.Text>
        <Checkbox.Group value={present} onChange={(v) => setPresent(v as string[])}>
          <Flex vertical gap={4}>
            {session.electorate.map((v) => (
              <Checkbox key={v.key} value={v.key}>
                {v.label}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
        <Flex gap={8} align="center" wrap>
          <Button onClick={() => setPresent(session.electorate.map((v) => v.key))}>{t('voting.allPresent')}</Button>
          <Tag>{t('voting.presentCount', { present: present.length, electorate: session.electorate.length })}</Tag>
        </Flex>
        <Typography.Text type="secondary">{t('voting.candidatesCount', { count: session.candidates.length })}</Typography.Text>
        {action.isError && <ErrorAlert error={action.error} />}
        <Button type="primary" loading={action.isPending} onClick={() => action.mutate({ action: 'open', present })}>
          {t('voting.actions.open')}
        </Button>
      </Flex>
    </Card>
  );
}
