import { Alert, Button, Card, Flex, Modal, Radio, Result, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useCastEncryptedBallot, useElectionManifest, type ElectionManifest } from '../api/encrypted';
import { useCastBallot, useVotingSession, type BallotMark, type VotingSession } from '../api/voting';
import { DeclareConflict } from '../components/DeclareConflict';
import { TrackerReceipt } from '../components/TrackerReceipt';
import { ballotTracker, encryptBallot, pointFromHex, prepareKey } from '../crypto';

type Choice = BallotMark['choice'];

/**
 * The ballot, laid out for a phone: nothing is marked in advance, every candidate needs a mark before the ballot
 * can be sent, at most maxChoices "Đồng ý", and the voter reviews the marks before the irreversible send.
 */
export function BallotPage() {
  const { id } = useParams();
  const query = useVotingSession(id);
  // The manifest is null for a session whose ballots are cast in clear.
  const manifest = useElectionManifest(id);
  if (query.isPending || manifest.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (manifest.isError) return <ErrorAlert error={manifest.error} onRetry={() => void manifest.refetch()} />;
  return <Ballot session={query.data.session} encryption={manifest.data ?? undefined} />;
}

/** The election key with its multiplication table, built once after the ballot is shown (not while sending). */
function usePreparedKey(electionKey: string | null | undefined) {
  const prepared = useRef<ReturnType<typeof prepareKey> | null>(null);
  useEffect(() => {
    prepared.current = null;
    if (!electionKey) return;
    const timer = setTimeout(() => {
      prepared.current = prepareKey(pointFromHex(electionKey));
    }, 100);
    return () => clearTimeout(timer);
  }, [electionKey]);
  return () => prepared.current ?? prepareKey(pointFromHex(electionKey!));
}

/** Lets the browser paint the "encrypting" state before the CPU-bound encryption starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

function Ballot({ session, encryption }: { session: VotingSession; encryption?: ElectionManifest }) {
  const { t } = useTranslation();
  const cast = useCastBallot(session.id);
  const castEncrypted = useCastEncryptedBallot(session.id);
  const electionKey = usePreparedKey(encryption?.electionKey);
  const [marks, setMarks] = useState<Partial<Record<string, Choice>>>({});
  const [reviewing, setReviewing] = useState(false);
  const [encrypting, setEncrypting] = useState(false);
  const [tracker, setTracker] = useState<string>();
  const [encryptError, setEncryptError] = useState<unknown>(null);
  const yes = Object.values(marks).filter((m) => m === 'YES').length;
  const tooMany = yes > session.rules.maxChoices;
  // Recusal (issue 19): the caller leaves the items they stand aside from unmarked.
  const aside = new Set((session.recusals ?? []).filter((r) => r.voterKey === session.callerVoterKey).map((r) => r.candidateRef));
  const items = session.candidates.filter((c) => !aside.has(c.ref));
  const missing = items.filter((c) => !marks[c.ref]).length;
  const back = <BackLink to={`/voting/${session.id}`}>{t('voting.backToSession')}</BackLink>;

  if (cast.data) return <Receipt sessionId={session.id} code={cast.data.receiptCode} />;
  if (castEncrypted.data && tracker) return <TrackerReceipt sessionId={session.id} tracker={tracker} serverTracker={castEncrypted.data.receiptCode} />;
  if (!session.allowedActions.includes('cast') || (encryption && !encryption.electionKey)) {
    const reason = !session.allowedActions.includes('cast') ? (session.callerHasVoted ? t('voting.alreadyVoted') : t('voting.cannotVote')) : t('voting.encrypted.noKeyYet');
    return (
      <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto' }}>
        {back}
        <Alert type="info" showIcon message={reason} />
      </Flex>
    );
  }
  const label = (choice: Choice) => t(choice === 'YES' ? 'voting.yes' : choice === 'NO' ? 'voting.no' : 'voting.abstain');
  const choices: Choice[] = session.rules.abstainAllowed ? ['YES', 'NO', 'ABSTAIN'] : ['YES', 'NO'];
  // Long labels ("Không biểu quyết") wrap inside their button instead of pushing the row off a 390 px screen.
  const optionStyle = { height: 'auto', minHeight: 40, lineHeight: 1.3, paddingBlock: 8, whiteSpace: 'normal' as const, textAlign: 'center' as const };
  const sendPlain = () =>
    cast.mutate(
      items.map((c) => ({ candidateRef: c.ref, choice: marks[c.ref] as Choice })),
      { onSettled: () => setReviewing(false) },
    );
  // Encrypted: the choices never leave this browser in clear; the receipt is the tracker computed here.
  const sendEncrypted = async (info: ElectionManifest) => {
    setEncrypting(true);
    setEncryptError(null);
    try {
      await nextFrame();
      const ballot = encryptBallot(
        {
          sessionId: info.sessionId,
          round: info.round,
          electionKey: electionKey(),
          candidateRefs: info.candidateRefs,
          maxChoices: info.maxChoices,
          abstainAllowed: info.abstainAllowed,
          noYesFor: info.noYesFor ?? null,
        },
        marks as Record<string, Choice>,
      );
      setTracker(ballotTracker(ballot));
      castEncrypted.mutate(ballot, { onSettled: () => setReviewing(false) });
    } catch (error) {
      setEncryptError(error);
      setReviewing(false);
    } finally {
      setEncrypting(false);
    }
  };
  const send = () => (encryption ? void sendEncrypted(encryption) : sendPlain());
  const sendError = cast.error ?? castEncrypted.error ?? encryptError;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto', width: '100%' }}>
      {back}
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('voting.ballotTitle')}
      </Typography.Title>
      <Typography.Text style={{ overflowWrap: 'anywhere' }}>{session.title}</Typography.Text>
      <Typography.Text type={tooMany ? 'danger' : 'secondary'}>{t('voting.chooseUpTo', { max: session.rules.maxChoices, chosen: yes })}</Typography.Text>
      {aside.size > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="recused-items"
          message={t('voting.recusedItems', { items: session.candidates.filter((c) => aside.has(c.ref)).map((c) => c.label).join('; ') })}
        />
      )}
      {session.purpose === 'COUNCIL_REVIEW' && <DeclareConflict session={session} aside={aside} />}
      {items.map((c) => (
        <Card key={c.ref} size="small" data-testid="ballot-line">
          <Flex vertical gap={8} role="group" aria-label={c.label}>
            <Flex justify="space-between" align="start" gap={8}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {c.label}
              </Typography.Text>
              {!marks[c.ref] && (
                <Tag style={{ marginInlineEnd: 0, flex: 'none' }}>
                  {t('voting.notChosen')}
                </Tag>
              )}
            </Flex>
            <Radio.Group
              block
              optionType="button"
              buttonStyle="solid"
              value={marks[c.ref]}
              onChange={(e) => setMarks((old) => ({ ...old, [c.ref]: e.target.value as Choice }))}
              options={choices.map((choice) => ({ value: choice, label: label(choice), style: optionStyle }))}
            />
          </Flex>
        </Card>
      ))}
      {session.rules.secret && <Typography.Text type="secondary">{t('voting.secretHint')}</Typography.Text>}
      {encryption && <Typography.Text type="secondary">{t('voting.encrypted.hint')}</Typography.Text>}
      {sendError ? <ErrorAlert error={sendError} /> : null}
      <Typography.Text type={missing > 0 || tooMany ? 'danger' : 'success'} aria-live="polite" data-testid="ballot-status">
        {missing > 0
          ? t(session.rules.abstainAllowed ? 'voting.missingWithAbstain' : 'voting.missing', { count: missing })
          : tooMany
            ? t('voting.tooMany', { max: session.rules.maxChoices })
            : t('voting.readyToReview')}
      </Typography.Text>
      <Button type="primary" size="large" block disabled={missing > 0 || tooMany} onClick={() => setReviewing(true)}>
        {t('voting.castSubmit')}
      </Button>
      <Modal
        open={reviewing}
        title={t('voting.confirmTitle')}
        okText={t('voting.confirmSend')}
        cancelText={t('voting.confirmBack')}
        onOk={send}
        onCancel={() => setReviewing(false)}
        confirmLoading={cast.isPending || castEncrypted.isPending || encrypting}
        okButtonProps={{ 'aria-label': t('voting.confirmSend') }}
      >
        <Flex vertical gap={8}>
          <ul aria-label={t('voting.confirmTitle')} data-testid="ballot-review" style={{ margin: 0, paddingInlineStart: 20 }}>
            {items.map((c) => (
              <li key={c.ref} style={{ overflowWrap: 'anywhere' }}>
                {c.label}: <strong>{label(marks[c.ref] as Choice)}</strong>
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t('voting.confirmWarning')}</Typography.Text>
          {encrypting && (
            <Typography.Text type="secondary" aria-live="polite" data-testid="encrypting">
              {t('voting.encrypted.encrypting')}
            </Typography.Text>
          )}
        </Flex>
      </Modal>
    </Flex>
  );
}

/** The receipt code, shown once: unbroken, copyable, and how the voter checks it in the published list. */
function Receipt({ sessionId, code }: { sessionId: string; code: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('voting.castDone')}
        </Typography.Title>
      }
      subTitle={t('voting.receiptHint')}
      extra={
        <Flex vertical gap={16} align="center">
          <Typography.Text
            data-testid="receipt-code"
            copyable={{ text: code, tooltips: [t('voting.copyReceipt'), t('voting.copied')] }}
            style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 28, letterSpacing: 2, whiteSpace: 'nowrap' }}
          >
            {code}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 420, textAlign: 'start', margin: 0 }}>
            {t('voting.receiptCheck')}
          </Typography.Paragraph>
          <BackLink to={`/voting/${sessionId}`}>{t('voting.backToSession')}</BackLink>
        </Flex>
      }
    />
  );
}
