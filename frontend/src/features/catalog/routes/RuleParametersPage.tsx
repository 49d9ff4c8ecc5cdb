import { App, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, Modal, Skeleton, Switch, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useListParams } from '@/hooks/use-list-params';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { todayInVietnam } from '@/lib/today';
import { useReviseRule, useRuleParameters, useRuleVersions, type RuleParameter } from '../api/catalog';
import { VerifiedTag } from '../components/VerifiedTag';

function source(p: RuleParameter) {
  return p.legalArticle ? `${p.legalArticle}, ${p.legalInstrument}` : p.legalInstrument;
}

/** Rule parameters in force on a chosen date, each with its history; the secretariat adds dated versions. */
export function RuleParametersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = hasAnyRole(me.data?.roles, ['secretariat']);
  const { params, get, update } = useListParams({ size: 100 });
  const asOf = get('asOf') ?? todayInVietnam();
  const onlyUnverified = get('verified') === 'false';
  const rules = useRuleParameters({ ...params, asOf, verified: onlyUnverified ? false : undefined });
  const selected = get('selected');
  const [revising, setRevising] = useState<RuleParameter>();

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('rules.title')}
      </Typography.Title>
      <Flex gap={12} wrap align="center">
        <span>{t('rules.asOf')}</span>
        <DatePicker
          value={dayjs(asOf)}
          format={DATE_FORMAT}
          allowClear={false}
          aria-label={t('rules.asOf')}
          onChange={(d: Dayjs | null) => update({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('rules.searchPlaceholder')}
          aria-label={t('rules.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() })}
          style={{ width: 320 }}
        />
        <Checkbox checked={onlyUnverified} onChange={(e) => update({ verified: e.target.checked ? 'false' : undefined })}>
          {t('rules.onlyUnverified')}
        </Checkbox>
      </Flex>
      {rules.isError && <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />}
      <Table<RuleParameter>
        rowKey="id"
        size="middle"
        loading={rules.isFetching}
        dataSource={rules.data?.items ?? []}
        locale={{ emptyText: t('rules.empty') }}
        pagination={{
          current: params.page + 1,
          pageSize: params.size,
          total: rules.data?.total ?? 0,
          onChange: (page, size) => update({ page: page - 1, size }),
        }}
        columns={[
          { key: 'ruleId', dataIndex: 'ruleId', title: t('rules.ruleId'), width: 160 },
          {
            key: 'key',
            title: t('rules.key'),
            render: (_v, p) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => update({ selected: p.id })}>
                {p.description}
              </Button>
            ),
          },
          { key: 'value', dataIndex: 'value', title: t('rules.value'), width: 120 },
          {
            key: 'effective',
            title: t('rules.effectiveFrom'),
            width: 200,
            render: (_v, p) => `${formatDate(p.effectiveFrom)} – ${p.effectiveTo ? formatDate(p.effectiveTo) : t('rules.openEnded')}`,
          },
          { key: 'source', title: t('rules.source'), render: (_v, p) => source(p) },
          { key: 'verified', dataIndex: 'verified', title: t('catalog.verified'), width: 130, render: (v: boolean) => <VerifiedTag verified={v} /> },
          ...(canEdit
            ? [{ key: 'edit', width: 160, render: (_v: unknown, p: RuleParameter) => <Button onClick={() => setRevising(p)}>{t('rules.revise')}</Button> }]
            : []),
        ]}
      />
      <VersionsDrawer id={selected} onClose={() => update({ selected: undefined })} />
      {revising && <ReviseModal parameter={revising} onClose={() => setRevising(undefined)} />}
    </Flex>
  );
}

function VersionsDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const versions = useRuleVersions(id);
  const latest = versions.data?.[versions.data.length - 1];
  return (
    <Drawer open={!!id} onClose={onClose} width={820} title={latest ? `${latest.ruleId} / ${latest.key}` : t('rules.history')} destroyOnHidden>
      {versions.isPending && <Skeleton active />}
      {versions.isError && <ErrorAlert error={versions.error} />}
      {latest && (
        <Flex vertical gap={12}>
          <Typography.Paragraph>{latest.description}</Typography.Paragraph>
          <Typography.Title level={5}>{t('rules.history')}</Typography.Title>
          <Table<RuleParameter>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={versions.data}
            columns={[
              { key: 'value', dataIndex: 'value', title: t('rules.value'), width: 90 },
              { key: 'from', dataIndex: 'effectiveFrom', title: t('rules.effectiveFrom'), width: 110, render: formatDate },
              { key: 'to', dataIndex: 'effectiveTo', title: t('rules.effectiveTo'), width: 110, render: (d?: string) => (d ? formatDate(d) : t('rules.openEnded')) },
              { key: 'source', title: t('rules.source'), render: (_v, p) => source(p) },
              { key: 'verified', dataIndex: 'verified', width: 120, title: t('catalog.verified'), render: (v: boolean) => <VerifiedTag verified={v} /> },
              { key: 'note', dataIndex: 'note', title: t('rules.note') },
              { key: 'createdBy', dataIndex: 'createdBy', title: t('rules.createdBy'), width: 110 },
            ]}
          />
        </Flex>
      )}
    </Drawer>
  );
}

type RevisionForm = { value: string; effectiveFrom: Dayjs; legalInstrument: string; legalArticle?: string; verified: boolean; note?: string };

function ReviseModal({ parameter, onClose }: { parameter: RuleParameter; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RevisionForm>();
  const revise = useReviseRule();
  useProblemFields(form, revise.error);
  const save = async (values: RevisionForm) => {
    await revise.mutateAsync({
      id: parameter.id,
      body: {
        value: values.value.trim(),
        effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
        legalInstrument: values.legalInstrument.trim(),
        legalArticle: values.legalArticle?.trim() || undefined,
        verified: values.verified,
        note: values.note?.trim() || undefined,
      },
    });
    void message.success(t('rules.saved'));
    onClose();
  };
  return (
    <Modal
      open
      title={t('rules.reviseTitle', { rule: parameter.ruleId, key: parameter.key })}
      okText={t('rules.save')}
      confirmLoading={revise.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {revise.isError && <ErrorAlert error={revise.error} />}
      <Form<RevisionForm>
        form={form}
        layout="vertical"
        initialValues={{ value: parameter.value, legalInstrument: parameter.legalInstrument, legalArticle: parameter.legalArticle, verified: false }}
        onFinish={(v) => void save(v).catch(() => undefined)}
      >
        <Form.Item name="value" label={`${t('rules.value')} (${t(`rules.valueTypes.${parameter.valueType}`)})`} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('rules.effectiveFrom')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="legalInstrument" label={t('rules.instrument')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="legalArticle" label={t('rules.article')}>
          <Input />
        </Form.Item>
        <Form.Item name="verified" label={t('rules.verifiedLabel')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="note" label={t('rules.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
