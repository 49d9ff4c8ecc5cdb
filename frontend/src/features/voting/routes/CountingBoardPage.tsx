import { Alert, Button, Card, Flex, Form, Input, List, Radio, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/download';
import { useCountingBoard, useEncryptedTally, usePostDecryptions, usePostGuardianKey, type CountingBoard, type Guardian } from '../api/encrypted';
import { useVotingSession, type VotingSession } from '../api/voting';
import {
  CryptoFormatError,
  WrongPassphraseError,
  ciphertextFromJson,
  createBackup,
  generateKeyShare,
  keyShareToJson,
  parseBackup,
  partialDecrypt,
  partialDecryptionToJson,
  pointFromHex,
  restoreBackup,
  type KeyShare,
  type ShareBackup,
} from '../crypto';

/** The member's passphrase-protected backup is also kept on the device that made it (never the share in clear). */
const storageKey = (sessionId: string, guardianId: string) => `thidua.guardian-backup.${sessionId}.${guardianId}`;
const backupFileName = (sessionId: string, guardianId: string) => `thidua-khoa-${sessionId.slice(0, 8)}-${guardianId.slice(0, 8)}.json`;
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

function deviceBackup(sessionId: string, guardianId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(sessionId, guardianId));
  } catch {
    return null;
  }
}

/**
 * The counting board (Ban kiểm phiếu) of an encrypted session, for a member on a phone: "Tạo khoá" makes the
 * member's key share in this browser (backup file downloaded, public key and proof posted), and at the tally
 * "Giải mã kết quả" restores the share and posts its partial decryptions with proofs.
 */
export function CountingBoardPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const session = useVotingSession(id);
  const board = useCountingBoard(id);
  if (session.isPending || board.isPending) return <Skeleton active />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (board.isError) {
    const notEncrypted = board.error instanceof ApiError && (board.error.status === 404 || board.error.status === 409);
    return notEncrypted ? <Alert type="info" showIcon message={t('voting.board.notEncrypted')} /> : <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />;
  }
  return <Board session={session.data.session} board={board.data} />;
}

function Board({ session, board }: { session: VotingSession; board: CountingBoard }) {
  const { t } = useTranslation();
  const me = board.guardians.find((g) => g.guardianId === board.callerGuardianId);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto', width: '100%' }}>
      <BackLink to={`/voting/${session.id}`}>{t('voting.backToSession')}</BackLink>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('voting.board.title')}
      </Typography.Title>
      <Typography.Text style={{ overflowWrap: 'anywhere' }}>{session.title}</Typography.Text>
      <Card size="small" title={t('voting.board.holders')}>
        <List
          size="small"
          dataSource={board.guardians}
          renderItem={(g) => (
            <List.Item data-testid="guardian">
              <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>{g.guardianId === 'server' ? t('voting.board.serverHolder') : g.label}</Typography.Text>
                <Flex gap={4} wrap>
                  <Tag color={g.publicKey ? 'green' : 'default'}>{g.publicKey ? t('voting.board.keyPosted') : t('voting.board.keyWaiting')}</Tag>
                  {g.decrypted && <Tag color="blue">{t('voting.board.decrypted')}</Tag>}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {!me ? (
        <Alert type="info" showIcon message={t('voting.board.notMember')} />
      ) : (
        <>
          <KeyCard sessionId={session.id} me={me} />
          {me.publicKey && <DecryptCard sessionId={session.id} board={board} me={me} />}
        </>
      )}
    </Flex>
  );
}

function KeyCard({ sessionId, me }: { sessionId: string; me: Guardian }) {
  const { t } = useTranslation();
  const post = usePostGuardianKey(sessionId);
  const [created, setCreated] = useState<KeyShare>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const stored = deviceBackup(sessionId, me.guardianId);

  const download = (text: string) => saveBlob(new Blob([text], { type: 'application/json' }), backupFileName(sessionId, me.guardianId));
  const submit = async ({ passphrase }: { passphrase: string }) => {
    setFailure(null);
    // A share already made here whose post failed is posted again, so the downloaded file stays the right one.
    let share = created;
    if (!share) {
      setBusy(true);
      try {
        await nextFrame();
        share = generateKeyShare(sessionId, me.guardianId);
        const text = JSON.stringify(await createBackup(share, passphrase), null, 2);
        window.localStorage.setItem(storageKey(sessionId, me.guardianId), text);
        download(text);
        setCreated(share);
      } catch (error) {
        setFailure(error);
        return;
      } finally {
        setBusy(false);
      }
    }
    post.mutate({ guardianId: me.guardianId, body: keyShareToJson(share) });
  };

  if (me.publicKey) {
    return (
      <Card size="small" title={t('voting.board.yourKey')}>
        <Flex vertical gap={8}>
          <Alert type="success" showIcon message={post.isSuccess ? t('voting.board.keyCreated') : t('voting.board.keyDone')} />
          <Typography.Text type="secondary">{stored ? t('voting.board.backupOnDevice') : t('voting.board.noBackupOnDevice')}</Typography.Text>
          {stored && <Button onClick={() => download(stored)}>{t('voting.board.downloadAgain')}</Button>}
        </Flex>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('voting.board.yourKey')}>
      <Typography.Paragraph type="secondary">{t('voting.board.createKeyHint')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={(values: { passphrase: string }) => void submit(values)} requiredMark={false} disabled={busy || post.isPending}>
        <Form.Item
          name="passphrase"
          label={t('voting.board.passphrase')}
          rules={[{ required: true, min: 12, message: t('voting.board.passphraseTooShort') }]}
          hidden={!!created}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('voting.board.passphraseConfirm')}
          dependencies={['passphrase']}
          hidden={!!created}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(t('voting.board.passphraseMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {failure ? <ErrorAlert error={failure} /> : null}
        {post.isError && <ErrorAlert error={post.error} />}
        {busy && (
          <Typography.Paragraph type="secondary" aria-live="polite">
            {t('voting.board.creatingKey')}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={busy || post.isPending}>
          {t('voting.board.createKey')}
        </Button>
      </Form>
    </Card>
  );
}

function DecryptCard({ sessionId, board, me }: { sessionId: string; board: CountingBoard; me: Guardian }) {
  const { t } = useTranslation();
  const awaiting = board.awaitingDecryption && !me.decrypted;
  const tally = useEncryptedTally(sessionId, awaiting);
  const post = usePostDecryptions(sessionId);
  const stored = deviceBackup(sessionId, me.guardianId);
  const [source, setSource] = useState<'device' | 'file'>(stored ? 'device' : 'file');
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<number>();

  if (!awaiting) {
    return (
      <Card size="small" title={t('voting.board.decryptTitle')}>
        <Alert type="info" showIcon message={me.decrypted ? t('voting.board.alreadyDecrypted') : t('voting.board.decryptWaiting')} />
      </Card>
    );
  }

  const readBackup = async (): Promise<ShareBackup> => {
    const text = source === 'device' ? stored : await file?.text();
    if (!text) throw new CryptoFormatError('no file');
    const backup = parseBackup(text);
    if (backup.sessionId !== sessionId || backup.guardianId !== me.guardianId || backup.publicKey !== me.publicKey) throw new Error('wrong file');
    return backup;
  };

  const decrypt = async () => {
    if (!tally.data) return;
    setProblem(undefined);
    setBusy(true);
    try {
      await nextFrame();
      let backup: ShareBackup;
      try {
        backup = await readBackup();
      } catch (error) {
        setProblem(error instanceof CryptoFormatError ? t('voting.board.badFile') : t('voting.board.wrongFile'));
        return;
      }
      let share: KeyShare;
      try {
        share = await restoreBackup(backup, passphrase);
      } catch (error) {
        setProblem(error instanceof WrongPassphraseError ? t('voting.board.wrongPassphrase') : String(error));
        return;
      }
      const shares = tally.data.totals.map((total) => {
        const pd = partialDecrypt(
          { sessionId, round: tally.data.round, label: `${total.candidateRef}/${total.option}`, guardianId: me.guardianId, publicKey: pointFromHex(me.publicKey) },
          ciphertextFromJson(total.ciphertext),
          share.secret,
        );
        return { candidateRef: total.candidateRef, option: total.option, ...partialDecryptionToJson(pd) };
      });
      post.mutate({ guardianId: me.guardianId, body: { round: tally.data.round, shares } }, { onSuccess: () => setSent(shares.length) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('voting.board.decryptTitle')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('voting.board.decryptHint')}</Typography.Text>
        {tally.isError && <ErrorAlert error={tally.error} onRetry={() => void tally.refetch()} />}
        {stored && (
          <Radio.Group
            value={source}
            onChange={(e) => setSource(e.target.value as 'device' | 'file')}
            options={[
              { value: 'device', label: t('voting.board.useDeviceBackup') },
              { value: 'file', label: t('voting.board.chooseFile') },
            ]}
          />
        )}
        {source === 'file' && (
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            <span>{t('voting.board.chooseFile')}</span>
            <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0])} />
            {file && <Typography.Text type="secondary">{t('voting.board.fileChosen', { name: file.name })}</Typography.Text>}
          </label>
        )}
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          <span>{t('voting.board.passphrase')}</span>
          <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />
        </label>
        {problem && <Alert type="error" showIcon message={problem} role="alert" />}
        {post.isError && <ErrorAlert error={post.error} />}
        {sent !== undefined && <Alert type="success" showIcon message={t('voting.board.decryptDone', { count: sent })} />}
        {busy && (
          <Typography.Text type="secondary" aria-live="polite">
            {t('voting.board.decrypting')}
          </Typography.Text>
        )}
        <Button
          type="primary"
          size="large"
          block
          onClick={() => void decrypt()}
          // Disabled, not "loading": the status line above says what is happening (and the name stays the same).
          disabled={busy || post.isPending || !tally.data || !passphrase || (source === 'file' && !file) || sent !== undefined}
        >
          {t('voting.board.decryptSubmit')}
        </Button>
      </Flex>
    </Card>
  );
}
