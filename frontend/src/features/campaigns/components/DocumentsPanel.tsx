import { LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useApi } from '@/lib/api/context';
import { saveBlob } from '@/lib/download';
import { useAddLink, useUploadDocument, type CampaignDetail } from '../api/campaigns';

type Doc = CampaignDetail['documents'][number];

/** The campaign's files and links; the secretariat adds them (files are fetched with the bearer token). */
export function DocumentsPanel({ campaign, canEdit }: { campaign: CampaignDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const addLink = useAddLink(campaign.id);
  const upload = useUploadDocument(campaign.id);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');

  const download = async (doc: Doc) => {
    const { data, response } = await api.GET('/api/v1/campaigns/{id}/documents/{documentId}/content', {
      params: { path: { id: campaign.id, documentId: doc.id } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) return;
    saveBlob(data as Blob, doc.fileName ?? 'document');
  };

  return (
    <Flex vertical gap={12}>
      <List<Doc>
        size="small"
        bordered
        dataSource={campaign.documents}
        locale={{ emptyText: t('campaigns.noDocuments') }}
        renderItem={(doc) => (
          <List.Item>
            {doc.url ? (
              <a href={doc.url} target="_blank" rel="noreferrer noopener">
                <LinkOutlined /> {doc.title}
              </a>
            ) : (
              <Button type="link" icon={<PaperClipOutlined />} style={{ padding: 0 }} onClick={() => void download(doc)}>
                {doc.title}
              </Button>
            )}
          </List.Item>
        )}
      />
      {canEdit && campaign.status !== 'CLOSED' && (
        <>
          {(addLink.isError || upload.isError) && <ErrorAlert error={addLink.error ?? upload.error} />}
          <Flex gap={8} wrap>
            <Input placeholder={t('campaigns.linkTitle')} aria-label={t('campaigns.linkTitle')} value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 260 }} />
            <Input placeholder={t('campaigns.linkUrl')} aria-label={t('campaigns.linkUrl')} value={url} onChange={(e) => setUrl(e.target.value)} style={{ width: 320 }} />
            <Button
              icon={<LinkOutlined />}
              loading={addLink.isPending}
              disabled={!title.trim() || !url.trim()}
              onClick={() =>
                void addLink.mutateAsync({ title: title.trim(), url: url.trim() }).then(
                  () => {
                    setTitle('');
                    setUrl('');
                  },
                  () => undefined,
                )
              }
            >
              {t('campaigns.addLink')}
            </Button>
          </Flex>
          <Flex gap={8} align="center">
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                void upload.mutateAsync(file).catch(() => undefined);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending}>
                {t('campaigns.upload')}
              </Button>
            </Upload>
            <Typography.Text type="secondary">{t('campaigns.uploadHint')}</Typography.Text>
          </Flex>
        </>
      )}
    </Flex>
  );
}
