import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { formatDate } from '@/lib/format';
import { usePeriods, useCreateCluster, type ClusterDetail, type ClusterKind } from '../api/clusters';
import { useUnits } from '../api/units';

const KINDS: ClusterKind[] = ['CUM', 'KHOI', 'KHU_VUC'];

type Values = { periodId: string; name: string; kind: ClusterKind; memberUnitIds: string[]; headUnitId?: string; deputyUnitIds?: string[] };

type Props = { periodId?: string; onCreated: (cluster: ClusterDetail) => void };

/** The secretariat sets up a cluster (Cụm, Khối) of a period: its members found by name without accents, a head and deputies among them. */
export function ClusterCreateButton({ periodId, onCreated }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const periods = usePeriods();
  const create = useCreateCluster();
  useProblemFields(form, create.error);
  const [term, setTerm] = useState('');
  const q = useDebouncedValue(term.trim(), 300);
  const units = useUnits({ q: q || undefined, size: 20, sort: 'name' });
  // Names of the units picked so far: the search results change, the chosen members keep their labels.
  const [names, setNames] = useState<Record<string, string>>({});
  const watchedMembers: string[] | undefined = Form.useWatch('memberUnitIds', form);
  const members = useMemo(() => watchedMembers ?? [], [watchedMembers]);
  const head: string | undefined = Form.useWatch('headUnitId', form);

  const unitOptions = useMemo(() => {
    const found = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
    const missing = members.filter((id) => !found.some((o) => o.value === id)).map((id) => ({ value: id, label: names[id] ?? id }));
    return [...missing, ...found];
  }, [units.data, members, names]);
  const memberOptions = members.map((id) => ({ value: id, label: names[id] ?? id }));

  const submit = (values: Values) =>
    create.mutate(
      {
        periodId: values.periodId,
        name: values.name.trim(),
        kind: values.kind,
        memberUnitIds: values.memberUnitIds,
        headUnitId: values.headUnitId,
        deputyUnitIds: (values.deputyUnitIds ?? []).filter((id) => id !== values.headUnitId),
      },
      {
        onSuccess: (created) => {
          setOpen(false);
          onCreated(created);
        },
      },
    );

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('clusters.create')}
      </Button>
      <Modal
        open={open}
        title={t('clusters.create')}
        okText={t('clusters.createSubmit')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then(submit)}
        destroyOnHidden
        width={640}
      >
        {create.isError && <ErrorAlert error={create.error} />}
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ periodId, kind: 'CUM', memberUnitIds: [], deputyUnitIds: [] }}>
          <Form.Item name="periodId" label={t('clusters.period')} rules={[{ required: true, message: t('clusters.required') }]}>
            <Select
              loading={periods.isPending}
              options={(periods.data ?? []).map((p) => ({ value: p.id, label: `${p.label} (${formatDate(p.startDate)} – ${formatDate(p.endDate)})` }))}
            />
          </Form.Item>
          <Form.Item name="name" label={t('clusters.name')} rules={[{ required: true, whitespace: true, message: t('clusters.required') }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="kind" label={t('clusters.kind')}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`enums.clusterKind.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="memberUnitIds"
            label={t('clusters.members')}
            extra={t('clusters.membersHelp')}
            rules={[{ required: true, type: 'array', min: 1, message: t('clusters.required') }]}
          >
            <Select
              mode="multiple"
              showSearch
              filterOption={false}
              loading={units.isFetching}
              onSearch={setTerm}
              onSelect={(id: string) => {
                const label = unitOptions.find((o) => o.value === id)?.label;
                if (label) setNames((n) => ({ ...n, [id]: label }));
                setTerm('');
              }}
              onDeselect={(id: string) => {
                if (form.getFieldValue('headUnitId') === id) form.setFieldValue('headUnitId', undefined);
                form.setFieldValue('deputyUnitIds', ((form.getFieldValue('deputyUnitIds') as string[] | undefined) ?? []).filter((d) => d !== id));
              }}
              options={unitOptions}
            />
          </Form.Item>
          <Form.Item name="headUnitId" label={t('clusters.head')}>
            <Select allowClear options={memberOptions} />
          </Form.Item>
          <Form.Item name="deputyUnitIds" label={t('clusters.deputies')}>
            <Select mode="multiple" allowClear options={memberOptions.filter((o) => o.value !== head)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
