import { App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { type ConflictDeclaration, useDeclareConflict } from '../api/conflicts';
import type { VotingSession } from '../api/voting';

/**
 * A council member, before voting, declares a conflict of interest on an item (issue 19): they pick the item, say why,
 * confirm that they stand aside from it, and the ballot then leaves it out (the recusal is listed above the ballot).
 */
export function DeclareConflict({ session, aside }: { session: VotingSession; aside: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ConflictDeclaration>();
  const declare = useDeclareConflict(session.id);
  useProblemFields(form, declare.error);
  const items = session.candidates.filter((c) => !aside.has(c.ref));
  if (items.length === 0) return null;
  const close = () => {
    setOpen(false);
    form.resetFields();
    declare.reset();
  };
  const submit = (values: ConflictDeclaration) =>
    declare.mutate(
      { candidateRef: values.candidateRef, reason: values.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('voting.conflict.declared'));
          close();
        },
      },
    );
  return (
    <>
      <Typography.Text type="secondary">{t('voting.conflict.hint')}</Typography.Text>
      <Button onClick={() => setOpen(true)}>{t('voting.conflict.open')}</Button>
      <Modal
        open={open}
        title={t('voting.conflict.title')}
        okText={t('voting.conflict.confirm')}
        cancelText={t('voting.conflict.cancel')}
        okButtonProps={{ danger: true, 'aria-label': t('voting.conflict.confirm') }}
        confirmLoading={declare.isPending}
        onOk={() => form.submit()}
        onCancel={close}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} aria-label={t('voting.conflict.title')}>
          {declare.isError && <ErrorAlert error={declare.error} />}
          <Form.Item name="candidateRef" label={t('voting.conflict.item')} rules={[{ required: true, message: t('voting.conflict.required') }]}>
            <Select options={items.map((c) => ({ value: c.ref, label: c.label }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('voting.conflict.reason')}
            rules={[{ required: true, whitespace: true, message: t('voting.conflict.required') }, { max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <Typography.Text type="warning">{t('voting.conflict.warning')}</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
