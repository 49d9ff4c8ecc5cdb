import { useTranslation } from 'react-i18next';
import { SignedDocumentPanel } from '@/components/signatures/SignedDocumentPanel';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { saveBlob } from '@/lib/download';
import { useSignedMinutes, useUploadSignedMinutes } from '../api/minutes';
import { useMinutesDownload, type VotingSession } from '../api/voting';

/**
 * Sign-and-return of a tallied session's minutes (biên bản kiểm phiếu): the secretariat or the cluster lead downloads
 * the PDF, has it signed and uploads the signed copy; everyone who sees the session sees the verdict. The server
 * decides who may upload for this very session (its runners) and whose signature counts.
 */
export function SignedMinutesPanel({ session }: { session: VotingSession }) {
  const { t } = useTranslation();
  const me = useMe();
  const download = useMinutesDownload();
  const copies = useSignedMinutes(session.id);
  const upload = useUploadSignedMinutes(session.id);
  const runner = hasAnyRole(me.data?.roles, ['secretariat', 'admin', 'cluster-lead']);
  return (
    <SignedDocumentPanel
      title={t('signatures.minutesTitle')}
      howTo={t('signatures.minutesHowTo')}
      downloadLabel={t('signatures.downloadMinutes')}
      fileHint={t('signatures.minutesFileHint')}
      download={{
        run: () =>
          download.mutate(
            { id: session.id, format: 'pdf' },
            { onSuccess: ({ blob }) => saveBlob(blob, `bien-ban-kiem-phieu-${session.id}-de-ky.pdf`) },
          ),
        pending: download.isPending,
        error: download.isError ? download.error : null,
      }}
      copies={copies}
      upload={upload}
      canUpload={runner}
    />
  );
}
