import { useTranslation } from 'react-i18next';
import { SignedDocumentPanel } from '@/components/signatures/SignedDocumentPanel';
import { saveBlob } from '@/lib/download';
import { type Decision, useDecisionListDownload } from '../api/nominations';
import { useSignedDecisionDocuments, useUploadSignedDecision } from '../api/papers';

export { SignedTag } from '@/components/signatures/SignedDocumentPanel';

/** The file name of the decision's PDF for signing: its number with anything but letters, digits and '-' as '-'. */
export function decisionFileName(decision: Pick<Decision, 'number'>, suffix: string, extension: string): string {
  return `quyet-dinh-${decision.number.replace(/[^\w-]+/g, '-')}${suffix}.${extension}`;
}

/** Sign-and-return of a decision (the shared {@link SignedDocumentPanel}); only an issued decision takes a signed copy. */
export function SignedDecisionPanel({ decision, canUpload }: { decision: Decision; canUpload: boolean }) {
  const { t } = useTranslation();
  const download = useDecisionListDownload();
  const copies = useSignedDecisionDocuments(decision.id);
  const upload = useUploadSignedDecision(decision.id);
  return (
    <SignedDocumentPanel
      title={t('signatures.decisionTitle')}
      howTo={t('signatures.howTo')}
      downloadLabel={t('signatures.downloadForSigning')}
      fileHint={t('signatures.fileHint')}
      download={{
        run: () =>
          download.mutate(
            { id: decision.id, format: 'pdf' },
            { onSuccess: ({ blob }) => saveBlob(blob, decisionFileName(decision, '-de-ky', 'pdf')) },
          ),
        pending: download.isPending,
        error: download.isError ? download.error : null,
      }}
      copies={copies}
      upload={upload}
      canUpload={canUpload && decision.status === 'ISSUED'}
    />
  );
}
