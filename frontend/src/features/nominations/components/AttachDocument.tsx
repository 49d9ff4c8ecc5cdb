import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { type DocumentKind, useUploadNominationDocument } from '../api/nominations';

const KINDS: DocumentKind[] = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'EVIDENCE'];

/** Attach a file of a chosen kind to a dossier the caller may edit; the checklist re-runs afterwards. */
export function AttachDocument({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadNominationDocument(nominationId);
  const [kind, setKind] = useState<DocumentKind>('TO_TRINH');

  return (
    <Flex vertical gap={8}>
      {upload.isError && <ErrorAlert error={upload.error} />}
      <Flex gap={8} align="center" wrap>
        <Select<DocumentKind>
          aria-label={t('nominations.documentKind')}
          value={kind}
          onChange={setKind}
          style={{ width: 220 }}
          options={KINDS.map((k) => ({ value: k, label: t(`nominations.documentKinds.${k}`) }))}
        />
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void upload.mutateAsync({ kind, file }).then(
              () => message.success(t('nominations.attached')),
              () => undefined,
            );
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t('nominations.attach')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t('nominations.attachHint')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
