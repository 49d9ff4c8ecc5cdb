import { Alert, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { bulletinLink } from '../api/encrypted';
import { formatTracker } from '../crypto';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/**
 * The receipt of an encrypted ballot: its tracker (the hash of the encrypted ballot, computed in this browser),
 * grouped in fours, copyable, the first 16 characters marked as enough to find it in the published bulletin.
 * It reveals nothing of the choices.
 */
export function TrackerReceipt({ sessionId, tracker, serverTracker }: { sessionId: string; tracker: string; serverTracker?: string }) {
  const { t } = useTranslation();
  const grouped = formatTracker(tracker);
  const [head, tail] = [grouped.slice(0, 19), grouped.slice(19)];
  return (
    <Result
      status="success"
      title={
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('voting.castDone')}
        </Typography.Title>
      }
      subTitle={t('voting.encrypted.trackerHint')}
      extra={
        <Flex vertical gap={16} align="center" style={{ maxWidth: 420, margin: '0 auto' }}>
          <Typography.Text
            data-testid="tracker"
            data-tracker={tracker}
            copyable={{ text: tracker, tooltips: [t('voting.encrypted.copyTracker'), t('voting.copied')] }}
            style={{ ...mono, fontSize: 18, lineHeight: 1.6, overflowWrap: 'anywhere', textAlign: 'center' }}
          >
            <strong>{head}</strong> {tail}
          </Typography.Text>
          <Typography.Text type="secondary">{t('voting.encrypted.trackerPrefix', { prefix: head })}</Typography.Text>
          {serverTracker && serverTracker.toLowerCase() !== tracker && (
            <Alert type="error" showIcon message={t('voting.encrypted.trackerMismatch')} data-testid="tracker-mismatch" />
          )}
          <Typography.Paragraph type="secondary" style={{ textAlign: 'start', margin: 0 }}>
            {t('voting.encrypted.trackerCheck')}
          </Typography.Paragraph>
          <Link to={bulletinLink(sessionId, tracker)}>{t('voting.encrypted.checkInBulletin')}</Link>
          <BackLink to={`/voting/${sessionId}`}>{t('voting.backToSession')}</BackLink>
        </Flex>
      }
    />
  );
}
