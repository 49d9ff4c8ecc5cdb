import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api/problem-text';
import { type SheetCriterion, useUploadEvidenceFile } from '../../api/scoring';
import { EvidenceLink } from '../EvidenceLink';
import { checkEvidenceFile, EVIDENCE_ACCEPT } from './evidence-file';

type Props = {
  sheetId: string;
  criterion: SheetCriterion;
  /** The unit may attach files (the sheet is its draft). */
  canEdit: boolean;
  onOpen: (code: string) => void;
};

/**
 * The evidence of one criterion: how many documents prove it (opens them), its uploaded files as download links and,
 * for the unit, a button to upload a file. A refused file is explained under it: by the client for an obvious fault
 * (size, type), else with the server's problem (already in the user's language).
 */
export function EvidenceCell({ sheetId, criterion, canEdit, onOpen }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadEvidenceFile(sheetId);
  const [fault, setFault] = useState<string>();
  const files = criterion.evidence.filter((e) => !!e.fileId);

  function send(file: File) {
    const local = checkEvidenceFile(file);
    if (local) {
      setFault(t(local === 'too-large' ? 'scoring.evidenceTooLarge' : 'scoring.evidenceWrongType', { name: file.name }));
      return;
    }
    setFault(undefined);
    upload.mutate(
      { criterionCode: criterion.code, file },
      {
        onSuccess: () => void message.success(t('scoring.evidenceUploaded', { name: file.name })),
        onError: (error) => setFault(problemText(error, t)),
      },
    );
  }

  return (
    <Flex vertical gap={4} align="flex-start" style={{ minWidth: 0, maxWidth: '100%' }}>
      <Flex gap={4} wrap>
        <Button size="small" icon={<PaperClipOutlined />} onClick={() => onOpen(criterion.code)}>
          {t('scoring.evidenceCount', { count: criterion.evidence.length })}
        </Button>
        {canEdit && (
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              send(file);
              return false;
            }}
          >
            <Button
              size="small"
              icon={<UploadOutlined />}
              loading={upload.isPending}
              aria-label={t('scoring.uploadEvidenceOf', { code: criterion.code })}
              title={t('scoring.evidenceFileHint')}
            />
          </Upload>
        )}
      </Flex>
      {files.map((item) => (
        <EvidenceLink key={item.fileId} sheetId={sheetId} evidence={item} />
      ))}
      {fault && (
        <Typography.Text type="danger" role="alert" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {fault}
        </Typography.Text>
      )}
    </Flex>
  );
}
