import { Button, Form, Input, List, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../api/scoring';
import { EvidenceLink } from './EvidenceLink';

type Props = {
  sheetId: string;
  code: string | undefined;
  evidence: Evidence[];
  editable: boolean;
  saving: boolean;
  onAdd: (evidence: Evidence) => void;
  onClose: () => void;
};

/** Tài liệu minh chứng of one criterion: links to the documents proving the self-score, and uploaded files to download. */
export function EvidenceModal({ sheetId, code, evidence, editable, saving, onAdd, onClose }: Props) {
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
            <EvidenceLink sheetId={sheetId} evidence={item} />
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
