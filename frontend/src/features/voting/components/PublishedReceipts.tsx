import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { saveBlob } from '@/lib/download';
import { useBulletinDownload } from '../api/voting';
import { formatTracker } from '../crypto';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

function normalise(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/**
 * The receipts of a published round. For an encrypted session they are the trackers of the bulletin: a voter who
 * arrives with `?tracker=` (the link on their receipt) is told at once whether theirs is listed, and anyone can
 * download the bulletin and check it with the independent verifier.
 */
export function PublishedReceipts({
  sessionId,
  codes,
  encrypted,
  bulletinSha256,
}: {
  sessionId: string;
  codes: string[];
  encrypted: boolean;
  bulletinSha256?: string | null;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const bulletin = useBulletinDownload();
  const sought = normalise(params.get('tracker') ?? '');
  const found = sought.length > 0 && codes.some((code) => normalise(code).startsWith(sought));

  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }}>
      {sought && (
        <Alert
          type={found ? 'success' : 'warning'}
          showIcon
          data-testid="tracker-check"
          message={found ? t('voting.encrypted.trackerFound', { prefix: formatTracker(sought) }) : t('voting.encrypted.trackerMissing', { prefix: formatTracker(sought) })}
        />
      )}
      {encrypted && (
        <Flex gap={8} wrap align="center">
          <Button
            icon={<DownloadOutlined />}
            loading={bulletin.isPending}
            onClick={() => bulletin.mutate(sessionId, { onSuccess: (blob) => saveBlob(blob, `bang-cong-bo-${sessionId}.json`) })}
          >
            {t('voting.encrypted.downloadBulletin')}
          </Button>
          {bulletinSha256 && (
            <Typography.Text type="secondary" style={{ ...mono, overflowWrap: 'anywhere' }} copyable={{ text: bulletinSha256 }}>
              SHA-256: {bulletinSha256}
            </Typography.Text>
          )}
        </Flex>
      )}
      {bulletin.isError && <ErrorAlert error={bulletin.error} />}
      {codes.length > 0 && (
        <details open={sought.length > 0}>
          <summary>{t('voting.receipts', { count: codes.length })}</summary>
          {encrypted ? (
            <ul style={{ ...mono, marginTop: 8, paddingInlineStart: 20 }} data-testid="published-trackers">
              {codes.map((code) => (
                <li key={code} style={{ overflowWrap: 'anywhere', fontWeight: sought && normalise(code).startsWith(sought) ? 700 : 400 }}>
                  {formatTracker(code)}
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Paragraph code copyable style={{ marginTop: 8 }}>
              {codes.join(' ')}
            </Typography.Paragraph>
          )}
        </details>
      )}
    </Flex>
  );
}
