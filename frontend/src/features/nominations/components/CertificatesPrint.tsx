import { FilePdfOutlined, FileZipOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { saveBlob } from '@/lib/download';
import type { Decision } from '../api/nominations';
import { type CertificateFormat, useDecisionCertificates } from '../api/papers';
import { decisionFileName } from './SignedDecisionPanel';

/**
 * Prints the certificates of a decision (Bằng khen, Giấy khen, Giấy chứng nhận): one PDF with a page per awardee,
 * or a ZIP with a file each. The server makes them in one go; a spinner says so meanwhile (a large batch takes
 * seconds). Revoked awards come out marked revoked.
 */
export function CertificatesPrint({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const print = useDecisionCertificates();
  const get = (format: CertificateFormat) =>
    print.mutate({ id: decision.id, format }, { onSuccess: ({ blob }) => saveBlob(blob, decisionFileName(decision, '-bang-khen', format)) });
  const pending = (format: CertificateFormat) => print.isPending && print.variables?.format === format;

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Button icon={<FilePdfOutlined />} loading={pending('pdf')} disabled={print.isPending} onClick={() => get('pdf')}>
          {t('certificates.print')}
        </Button>
        <Button icon={<FileZipOutlined />} loading={pending('zip')} disabled={print.isPending} onClick={() => get('zip')}>
          {t('certificates.printEach')}
        </Button>
      </Flex>
      {print.isPending && (
        <Alert
          type="info"
          role="status"
          showIcon
          icon={<Spin size="small" />}
          message={t('certificates.generating', { count: decision.awardees.length })}
        />
      )}
      {print.isError && <ErrorAlert error={print.error} />}
      {decision.status === 'REVOKED' && <Alert type="warning" showIcon message={t('certificates.revokedDecision')} />}
    </Flex>
  );
}
