import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCountingBoard, useElectionManifest } from '../api/encrypted';

/**
 * On an encrypted session's page: the way to the counting board's key and decryption page — shown only when the
 * session's runner has appointed board members (GET …/counting-board; members appear there before they post a key,
 * the manifest lists only posted keys). Without a board the server is the only key holder: nothing for a member to do.
 */
export function CountingBoardLink({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const manifest = useElectionManifest(sessionId);
  const board = useCountingBoard(sessionId, !!manifest.data);
  if (!manifest.data || !board.data || !board.data.guardians.some((g) => g.guardianId !== 'server')) return null;
  return (
    <Link to={`/voting/${sessionId}/counting-board`} style={{ alignSelf: 'flex-start' }}>
      <SafetyCertificateOutlined aria-hidden /> {t('voting.board.link')}
    </Link>
  );
}
