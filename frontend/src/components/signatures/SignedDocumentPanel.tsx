import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { ApiError } from '@/lib/api/problem';
import { SignatureResult, type SignedDocument, isValidSignature } from './SignatureResult';

type Values = { file?: UploadFile[] };

/** Whether the document has an accepted signed copy with a valid signature (nothing while not known). */
export function SignedTag({ signed }: { signed: boolean | undefined }) {
  const { t } = useTranslation();
  if (signed === undefined) return null;
  return signed ? <Tag color="green">{t('signatures.signed')}</Tag> : <Tag>{t('signatures.unsigned')}</Tag>;
}

export type SignedDocumentPanelProps = {
  title: ReactNode;
  /** How to sign and return this kind of document. */
  howTo: string;
  downloadLabel: string;
  /** The hint under the file field (whose signature is expected). */
  fileHint: string;
  /** Downloads the PDF to sign (the server records what it produced). */
  download: { run: () => void; pending: boolean; error: unknown };
  copies: UseQueryResult<SignedDocument[]>;
  upload: UseMutationResult<SignedDocument, unknown, File>;
  canUpload: boolean;
};

/**
 * Sign-and-return of a document ThiĐua produced (a decision, the minutes of a vote): download the PDF, sign it with
 * the signer's own tool (USB token, signing app), upload the signed copy. The server checks it (PAdES, trust list,
 * same document, the expected signer, docs/signatures.md); a refusal is shown under the file field, the accepted
 * copies with their verdict below (signer, time, valid or invalid with the reason).
 */
export function SignedDocumentPanel({ title, howTo, downloadLabel, fileHint, download, copies, upload, canUpload }: SignedDocumentPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useProblemFields(form, upload.error);

  // A refusal names no field (the file is the only one): its detail goes under the file field itself.
  const refusal = upload.error instanceof ApiError && upload.error.status < 500 && !upload.error.problem?.errors?.length ? upload.error : undefined;
  useEffect(() => {
    if (!refusal) return;
    form.setFields([{ name: 'file', errors: [refusal.problem?.detail ?? refusal.problem?.title ?? refusal.message] }]);
  }, [form, refusal]);

  const list = copies.data ?? [];
  const isSigned = copies.data ? list.some(isValidSignature) : undefined;

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
          {title}
          <SignedTag signed={isSigned} />
        </Flex>
      }
      size="small"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{howTo}</Typography.Text>
        {download.error != null && <ErrorAlert error={download.error} />}
        <div>
          <Button icon={<DownloadOutlined />} loading={download.pending} onClick={download.run}>
            {downloadLabel}
          </Button>
        </div>
        {canUpload && (
          <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} aria-label={t('signatures.uploadForm')}>
            {upload.isError && !refusal && <ErrorAlert error={upload.error} />}
            <Form.Item
              name="file"
              label={t('signatures.signedFile')}
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
              rules={[{ required: true, message: t('signatures.fileRequired') }]}
              extra={fileHint}
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
        {copies.isError && <ErrorAlert error={copies.error} onRetry={() => void copies.refetch()} />}
        {list.length === 0 && copies.isSuccess && <Typography.Text type="secondary">{t('signatures.none')}</Typography.Text>}
        {list.map((doc) => (
          <SignatureResult key={doc.id} doc={doc} />
        ))}
      </Flex>
    </Card>
  );
}
