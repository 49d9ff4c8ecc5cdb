import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { Schemas } from '@/lib/api/types';

export type SignedDocument = Schemas['SignedDocument'];

/** The validator's indication for a signature that passed every check (ETSI EN 319 102-1). */
const PASSED = 'TOTAL_PASSED';

/** Whether the stored verdict is a valid signature. */
export function isValidSignature(doc: Pick<SignedDocument, 'indication'>): boolean {
  return doc.indication === PASSED;
}

/**
 * One signed copy as the server's validator judged it: who signed, when (dd/MM/yyyy HH:mm, Vietnam time), valid or
 * invalid with the reason in words (the ETSI sub-indication translated), the certificate's serial and issuer.
 */
export function SignatureResult({ doc }: { doc: SignedDocument }) {
  const { t } = useTranslation();
  const valid = isValidSignature(doc);
  const code = doc.subIndication ?? doc.indication;
  const reason = valid ? undefined : t(`signatures.reasons.${code}`, { defaultValue: t('signatures.reasons.other', { code }) });

  return (
    <Descriptions size="small" column={1} bordered data-testid="signature-result" aria-label={t('signatures.resultOf', { file: doc.fileName })}>
      <Descriptions.Item label={t('signatures.signedBy')}>
        {doc.signerName}
        {doc.signerOrganisation && ` — ${doc.signerOrganisation}`}
      </Descriptions.Item>
      <Descriptions.Item label={t('signatures.signedAt')}>{doc.signingTime ? formatDateTime(doc.signingTime) : t('signatures.noTime')}</Descriptions.Item>
      <Descriptions.Item label={t('signatures.verdict')}>
        {valid ? <Tag color="green">{t('signatures.valid')}</Tag> : <Tag color="red">{t('signatures.invalid')}</Tag>}
        {reason && <Typography.Text type="danger">{reason}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('signatures.serial')}>
        <Typography.Text code>{doc.signerSerial}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('signatures.issuer')}>{doc.signerIssuer}</Descriptions.Item>
      <Descriptions.Item label={t('signatures.file')}>
        {doc.fileName} · {t('signatures.uploaded', { by: doc.uploadedBy, at: formatDateTime(doc.uploadedAt) })}
      </Descriptions.Item>
    </Descriptions>
  );
}
