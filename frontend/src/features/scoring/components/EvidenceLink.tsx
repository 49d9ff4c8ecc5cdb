import { DownloadOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api/problem-text';
import { saveBlob } from '@/lib/download';
import { type Evidence, useEvidenceFileDownload } from '../api/scoring';

const WRAP = { maxWidth: '100%', overflowWrap: 'anywhere' as const, whiteSpace: 'normal' as const, textAlign: 'left' as const };

/**
 * One piece of evidence: a link to its address, or for an uploaded file a button that downloads it with the user's
 * token (the file's API path cannot be opened as a plain link).
 */
export function EvidenceLink({ sheetId, evidence }: { sheetId: string; evidence: Evidence }) {
  const { t } = useTranslation();
  const download = useEvidenceFileDownload(sheetId);
  if (!evidence.fileId) {
    return (
      <Typography.Link href={evidence.url} target="_blank" rel="noopener noreferrer" style={WRAP}>
        {evidence.label}
      </Typography.Link>
    );
  }
  const fileId = evidence.fileId;
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<DownloadOutlined />}
        loading={download.isPending}
        aria-label={t('scoring.downloadEvidence', { label: evidence.label })}
        style={{ ...WRAP, padding: 0, height: 'auto' }}
        onClick={() => download.mutate(fileId, { onSuccess: (blob) => saveBlob(blob, evidence.label) })}
      >
        {evidence.label}
      </Button>
      {download.isError && (
        <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
          {problemText(download.error, t)}
        </Typography.Text>
      )}
    </>
  );
}
