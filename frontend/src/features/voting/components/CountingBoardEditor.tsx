import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useAppointCountingBoard, useCountingBoard, type BoardAppointee, type Guardian } from '../api/encrypted';

type FormValues = { members: BoardAppointee[] };

/**
 * The counting board (Ban kiểm phiếu) of an encrypted draft, for whoever may edit the session: the members by the
 * user name they sign in with and the name printed on the minutes (PUT …/counting-board replaces the whole board;
 * members kept by user name keep their posted key), and each member's key state. The session opens only once every
 * member has created a key on the counting board page (docs/ballot-crypto.md).
 */
export function CountingBoardEditor({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const board = useCountingBoard(sessionId);
  const appoint = useAppointCountingBoard(sessionId);
  const [form] = Form.useForm<FormValues>();
  const members = (board.data?.guardians ?? []).filter((g) => g.guardianId !== 'server');
  const signature = members.map((g) => `${g.username}|${g.label}`).join(',');
  // The saved board (here or elsewhere) shows in the form.
  useEffect(() => {
    form.setFieldsValue({ members: members.map((g) => ({ username: g.username ?? '', label: g.label })) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the members
  }, [form, signature]);
  const save = (values: FormValues) =>
    appoint.mutate((values.members ?? []).map((m) => ({ username: m.username.trim(), label: m.label.trim() })));

  return (
    <Card size="small" title={t('voting.board.title')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('voting.board.appointHint')}</Typography.Text>
        {board.isError && <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
        {members.length > 0 && (
          <List
            size="small"
            aria-label={t('voting.board.holders')}
            dataSource={members}
            renderItem={(g: Guardian) => (
              <List.Item>
                <span>
                  {g.label} <Typography.Text type="secondary">({g.username})</Typography.Text>
                </span>
                <Tag color={g.publicKey ? 'green' : 'default'}>{g.publicKey ? t('voting.board.keyPosted') : t('voting.board.keyWaiting')}</Tag>
              </List.Item>
            )}
          />
        )}
        {board.data && !board.data.keysComplete && members.length > 0 && (
          <Typography.Text type="warning">{t('voting.board.openNeedsKeys')}</Typography.Text>
        )}
        <Form<FormValues> form={form} layout="vertical" onFinish={save} initialValues={{ members: [] }}>
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} wrap align="start">
                    <Form.Item
                      name={[field.name, 'username']}
                      label={t('voting.board.username', { n: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('voting.board.usernameRequired') }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input maxLength={100} autoComplete="off" style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'label']}
                      label={t('voting.board.label', { n: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('voting.board.labelRequired') }]}
                      style={{ marginBottom: 8, flex: 1, minWidth: 200 }}
                    >
                      <Input maxLength={300} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('voting.board.remove', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ username: '', label: '' })} style={{ alignSelf: 'flex-start' }}>
                  {t('voting.board.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
          {appoint.isError && (
            <div style={{ marginTop: 12 }}>
              <ErrorAlert error={appoint.error} />
            </div>
          )}
          {appoint.isSuccess && !appoint.isPending && (
            <Typography.Text type="success" style={{ display: 'block', marginTop: 12 }}>
              {t('voting.board.saved')}
            </Typography.Text>
          )}
          <Button type="primary" htmlType="submit" loading={appoint.isPending} style={{ marginTop: 12 }}>
            {t('voting.board.save')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
