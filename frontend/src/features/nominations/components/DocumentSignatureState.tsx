import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { Schemas } from '@/lib/api/types';

type DocumentSignature = Schemas['DocumentSignature'];

/**
 * The signature check the server recorded for a dossier file at upload (a PDF tờ trình, docs/signatures.md): valid
 * with the signer and the time the signature claims, unsigned, or invalid with the reason in the reader's language.
 * Nothing for a file that was not checked.
 */
export function DocumentSignatureState({ signature }: { signature: DocumentSignature | undefined | null }) {
  const { t } = useTranslation();
  if (!signature) return null;
  const signer = [signature.signerName, signature.signerOrganisation].filter(Boolean).join(' — ');
  return (
    <Flex gap={4} wrap align="center" data-testid="document-signature">
      {signature.status === 'VALID' && <Tag color="green">{t('signatures.documentValid')}</Tag>}
      {signature.status === 'UNSIGNED' && <Tag>{t('signatures.documentUnsigned')}</Tag>}
      {signature.status === 'INVALID' && <Tag color="red">{t('signatures.documentInvalid')}</Tag>}
      {signer && (
        <Typography.Text type="secondary">
          {t('signatures.signedBy')}: {signer}
          {signature.signingTime && ` · ${t('signatures.signedAt')} ${formatDateTime(signature.signingTime)}`}
        </Typography.Text>
      )}
      {signature.status === 'INVALID' && signature.reason && <Typography.Text type="danger">{signature.reason}</Typography.Text>}
    </Flex>
  );
}
