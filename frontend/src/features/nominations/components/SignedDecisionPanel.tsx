import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { ApiError } from '@/lib/api/problem';
import { saveBlob } from '@/lib/download';
import { type Decision, useDecisionListDownload } from '../api/nominations';
import { useSignedDecisionDocuments, useUploadSignedDecision } from '../api/papers';
import { SignatureResult, isValidSignature } from './SignatureResult';

type Values = { file?: UploadFile[] };

/** The file name of the decision's PDF for signing: its number with anything but letters, digits and '-' as '-'. */
export function decisionFileName(decision: Pick<Decision, 'number'>, suffix: string, extension: string): string {
  return `quyet-dinh-${decision.number.replace(/[^\w-]+/g, '-')}${suffix}.${extension}`;
}

/** Whether the decision has an accepted signed copy with a valid signature. */
export function SignedTag({ signed }: { signed: boolean | undefined }) {
  const { t } = useTranslation();
  if (signed === undefined) return null;
  return signed ? <Tag color="green">{t('signatures.signed')}</Tag> : <Tag>{t('signatures.unsigned')}</Tag>;
}

/**
 * Sign-and-return of a decision: download the PDF ThiĐua produced, sign it with the signer's own tool (USB token,
 * signing app), upload the signed copy. The server checks it (PAdES, trust list, same document, the decision's
 * signer); its refusal is shown under the file field, its accepted copies with their verdict below.
 */
export function SignedDecisionPanel({ decision, canUpload }: { decision: Decision; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const download = useDecisionListDownload();
  const signed = useSignedDecisionDocuments(decision.id);
  const upload = useUploadSignedDecision(decision.id);
  useProblemFields(form, upload.error);

  // A refusal names no field (the file is the only one): its detail goes under the file field itself.
  const refusal = upload.error instanceof ApiError && upload.error.status < 500 && !upload.error.problem?.errors?.length ? upload.error : undefined;
  useEffect(() => {
    if (!refusal) return;
    form.setFields([{ name: 'file', errors: [refusal.problem?.detail ?? refusal.problem?.title ?? refusal.message] }]);
  }, [form, refusal]);

  const copies = signed.data ?? [];
  const isSigned = signed.data ? copies.some(isValidSignature) : undefined;

  const submit = ({ file }: Values) => {
    const chosen = file?.[0]?.originFileObj;
    if (!chosen) return;
    upload.mutate(chosen, {
      onSuccess: () => {
        form.resetFields();
        void message.success(t('signatures.accepted'));
      },
    });
  };

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          {t('signatures.decisionTitle')}
          <SignedTag signed={isSigned} />
        </Flex>
      }
      size="small"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('signatures.howTo')}</Typography.Text>
        {download.isError && <ErrorAlert error={download.error} />}
        <div>
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending}
            onClick={() =>
              download.mutate(
                { id: decision.id, format: 'pdf' },
                { onSuccess: ({ blob }) => saveBlob(blob, decisionFileName(decision, '-de-ky', 'pdf')) },
              )
            }
          >
            {t('signatures.downloadForSigning')}
          </Button>
        </div>
        {canUpload && decision.status === 'ISSUED' && (
          <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} aria-label={t('signatures.uploadForm')}>
            {upload.isError && !refusal && <ErrorAlert error={upload.error} />}
            <Form.Item
              name="file"
              label={t('signatures.signedFile')}
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
              rules={[{ required: true, message: t('signatures.fileRequired') }]}
              extra={t('signatures.fileHint')}
            >
              <Upload accept=".pdf,application/pdf" maxCount={1} beforeUpload={() => false}>
                <Button icon={<UploadOutlined />}>{t('signatures.chooseFile')}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={upload.isPending}>
              {t('signatures.upload')}
            </Button>
          </Form>
        )}
        {signed.isError && <ErrorAlert error={signed.error} onRetry={() => void signed.refetch()} />}
        {copies.length === 0 && signed.isSuccess && <Typography.Text type="secondary">{t('signatures.none')}</Typography.Text>}
        {copies.map((doc) => (
          <SignatureResult key={doc.id} doc={doc} />
        ))}
      </Flex>
    </Card>
  );
}
