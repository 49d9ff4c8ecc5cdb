import { Button, Form, Input, List, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../api/scoring';

type Props = {
  code: string | undefined;
  evidence: Evidence[];
  editable: boolean;
  saving: boolean;
  onAdd: (evidence: Evidence) => void;
  onClose: () => void;
};

/** Tài liệu minh chứng of one criterion: links to the documents proving the self-score. */
export function EvidenceModal({ code, evidence, editable, saving, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Evidence>();
  return (
    <Modal open={!!code} title={t('scoring.evidenceTitle', { code })} onCancel={onClose} footer={null} destroyOnHidden>
      <List
        size="small"
        dataSource={evidence}
        locale={{ emptyText: t('scoring.noEvidence') }}
        renderItem={(item) => (
          <List.Item>
            <Typography.Link href={item.url} target="_blank" rel="noopener noreferrer">
              {item.label}
            </Typography.Link>
          </List.Item>
        )}
      />
      {editable && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(value) => {
            onAdd({ label: value.label.trim(), url: value.url.trim() });
            form.resetFields();
          }}
        >
          <Form.Item name="label" label={t('scoring.evidenceLabel')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="url" label={t('scoring.evidenceUrl')} rules={[{ required: true, pattern: /^https?:\/\/\S+$/i }]}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('scoring.addEvidence')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
