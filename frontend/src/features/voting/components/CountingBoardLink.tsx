import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useElectionManifest } from '../api/encrypted';

/**
 * On an encrypted session's page: the way to the counting board's key and decryption page — shown only when the
 * session has board members among its key holders. Until the server appoints boards (issue 16's next step), the
 * server is the only key holder and there is nothing for a member to do.
 */
export function CountingBoardLink({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const manifest = useElectionManifest(sessionId);
  if (!manifest.data || !manifest.data.guardians.some((g) => g.id !== 'server')) return null;
  return (
    <Link to={`/voting/${sessionId}/counting-board`} style={{ alignSelf: 'flex-start' }}>
      <SafetyCertificateOutlined aria-hidden /> {t('voting.board.link')}
    </Link>
  );
}
