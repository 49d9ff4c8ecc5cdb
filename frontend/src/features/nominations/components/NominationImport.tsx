import { UploadOutlined } from '@ant-design/icons';
import { Button, Modal, Progress, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { type NominationImportResult, useNominationImport } from '../api/nominations';

type ImportedRow = NominationImportResult['rows'][number];

/** Drafts dossiers from a CSV/Excel list of nominees: upload progress, then the row-by-row report (or every bad row). */
export function NominationImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const upload = useNominationImport(setProgress);

  const close = () => {
    setOpen(false);
    setFile(null);
    setProgress(0);
    upload.reset();
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('nominationImport.open')}
      </Button>
      <Modal
        open={open}
        title={t('nominationImport.title')}
        okText={t('nominationImport.upload')}
        okButtonProps={{ disabled: !file || upload.isSuccess }}
        confirmLoading={upload.isPending}
        onOk={() => {
          if (file) {
            setProgress(0);
            upload.mutate(file);
          }
        }}
        onCancel={close}
        width={760}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('nominationImport.columns')}</Typography.Paragraph>
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            upload.reset();
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />}>{t('nominationImport.choose')}</Button>
        </Upload>
        {(upload.isPending || upload.isSuccess) && (
          <Progress percent={Math.round(progress * 100)} status={upload.isPending ? 'active' : 'success'} aria-label={t('nominationImport.progress')} />
        )}
        {upload.isError && <ErrorAlert error={upload.error} />}
        {upload.data && (
          <>
            <Typography.Text strong>{t('nominationImport.done', { count: upload.data.imported })}</Typography.Text>
            <Table<ImportedRow>
              rowKey="row"
              size="small"
              aria-label={t('nominationImport.report')}
              pagination={false}
              dataSource={upload.data.rows}
              columns={[
                { key: 'row', dataIndex: 'row', title: t('nominationImport.row'), width: 70 },
                {
                  key: 'nominee',
                  title: t('nominations.nominee'),
                  render: (_: unknown, r) => <Link to={`/nominations/${r.nominationId}`}>{r.nominee}</Link>,
                },
                { key: 'award', dataIndex: 'awardTypeCode', title: t('nominations.awardType') },
              ]}
            />
          </>
        )}
      </Modal>
    </>
  );
}
