import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useProblemFields } from '@/hooks/use-problem-fields';
import { saveBlob } from '@/lib/download';
import {
  useExportTemplate,
  useSaveTemplate,
  useScoringPeriods,
  useTemplate,
  useTemplateAction,
  useValidateTemplate,
  type CriterionMethod,
  type Template,
  type TemplateRequest,
} from '../api/scoring';
import { faultPlace } from '../components/template-fault';

const METHODS: CriterionMethod[] = ['BINARY', 'BANDED', 'LATENESS_BANDED', 'DEDUCTION', 'BONUS', 'MANUAL'];
const BANDED: CriterionMethod[] = ['BANDED', 'LATENESS_BANDED'];
const PER_EVENT: CriterionMethod[] = ['DEDUCTION', 'BONUS'];

/** Drops what the chosen method does not use (antd keeps hidden fields' values). */
function clean(values: TemplateRequest): TemplateRequest {
  return {
    ...values,
    sections: (values.sections ?? []).map((section) => ({
      ...section,
      criteria: (section.criteria ?? []).map((c) => ({
        ...c,
        bands: BANDED.includes(c.method) ? (c.bands ?? []) : undefined,
        perEvent: PER_EVENT.includes(c.method) ? c.perEvent : undefined,
      })),
    })),
  };
}

export function TemplateEditorPage() {
  const { id } = useParams();
  const isNew = id === 'new';
  const query = useTemplate(isNew ? undefined : id);
  if (!isNew && query.isPending) return <Skeleton active />;
  if (!isNew && query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <TemplateEditor key={query.data?.template.id ?? 'new'} template={isNew ? undefined : query.data?.template} />;
}

function TemplateEditor({ template }: { template: Template | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<TemplateRequest>();
  const periods = useScoringPeriods();
  const save = useSaveTemplate(template?.id);
  useProblemFields(form, save.error);
  const act = useTemplateAction(template?.id ?? '');
  const validate = useValidateTemplate();
  const exporter = useExportTemplate();
  const [copyPeriod, setCopyPeriod] = useState<string>();
  const frozen = !!template && template.status !== 'DRAFT';

  const initial: TemplateRequest = template
    ? {
        periodId: template.periodId,
        targetGroup: template.targetGroup,
        name: template.name,
        totalPoints: template.totalPoints,
        requiresCertification: template.requiresCertification,
        tieBreak: template.tieBreak,
        sections: template.sections,
      }
    : {
        periodId: params.get('periodId') ?? '',
        targetGroup: 'MINISTRY_UNITS',
        name: '',
        totalPoints: 100,
        requiresCertification: false,
        tieBreak: ['FEWER_DEDUCTIONS'],
        sections: [{ code: 'A', title: '', maxPoints: 0, criteria: [] }],
      };

  // Live validation: the server checks the whole draft a moment after each change and lists every fault.
  const [draft, setDraft] = useState<TemplateRequest>(initial);
  const debounced = useDebouncedValue(draft, 500);
  const { mutate: check } = validate;
  useEffect(() => {
    if (!frozen) check(clean(debounced));
  }, [debounced, frozen, check]);
  const faults = validate.data?.errors ?? [];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {template ? `${template.name} — v${template.versionNo}` : t('templates.create')}
        </Typography.Title>
        {template && <Tag color={template.status === 'PUBLISHED' ? 'green' : 'blue'}>{t(`enums.templateStatus.${template.status}`)}</Tag>}
      </Flex>
      {frozen && <Alert type="info" showIcon message={t('templates.frozen')} />}
      {!frozen && validate.isSuccess && (
        <Alert
          type={faults.length === 0 ? 'success' : 'warning'}
          showIcon
          message={faults.length === 0 ? t('templates.valid') : t('templates.faults', { count: faults.length })}
          description={
            faults.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('templates.faultList')}>
                {faults.map((f) => (
                  <li key={`${f.field}-${f.message}`}>
                    {faultPlace(f.field, draft, t) ? `${faultPlace(f.field, draft, t)}: ${f.message}` : f.message}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      {save.isError && <ErrorAlert error={save.error} />}
      {act.isError && <ErrorAlert error={act.error} />}
      <Form<TemplateRequest>
        form={form}
        layout="vertical"
        disabled={frozen}
        initialValues={initial}
        onValuesChange={(_, all) => setDraft(all)}
        onFinish={(values) =>
          save.mutate(clean(values), {
            onSuccess: (fresh) => {
              void message.success(t('templates.saved'));
              if (!template) void navigate(`/scoring/templates/${fresh.template.id}`, { replace: true });
            },
          })
        }
      >
        <Flex gap={16} wrap>
          <Form.Item name="periodId" label={t('scoring.period')} rules={[{ required: true }]}>
            <Select style={{ width: 140 }} disabled={!!template || frozen} options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))} />
          </Form.Item>
          <Form.Item name="targetGroup" label={t('templates.targetGroup')} rules={[{ required: true }]}>
            <Select
              style={{ width: 240 }}
              disabled={!!template || frozen}
              options={(['MINISTRY_UNITS', 'SO_TU_PHAP', 'THADS'] as const).map((g) => ({ value: g, label: t(`enums.targetGroup.${g}`) }))}
            />
          </Form.Item>
          <Form.Item name="name" label={t('templates.name')} rules={[{ required: true, whitespace: true }]} style={{ flex: 1, minWidth: 320 }}>
            <Input />
          </Form.Item>
          <Form.Item name="totalPoints" label={t('templates.totalPoints')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="requiresCertification" label={t('templates.requiresCertification')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="tieBreak" label={t('scoring.tieBreak')} style={{ minWidth: 280 }}>
            <Select mode="tags" tokenSeparators={[',']} />
          </Form.Item>
        </Flex>
        <Form.List name="sections">
          {(sections, { add: addSection, remove: removeSection }) => (
            <Flex vertical gap={12}>
              {sections.map((section) => (
                <Card
                  key={section.key}
                  size="small"
                  title={
                    <Space wrap>
                      <Form.Item name={[section.name, 'code']} noStyle>
                        <Input placeholder={t('scoring.code')} style={{ width: 70 }} aria-label={`${t('templates.sectionCode')} ${section.name + 1}`} />
                      </Form.Item>
                      <Form.Item name={[section.name, 'title']} noStyle>
                        <Input placeholder={t('templates.sectionTitle')} style={{ width: 360 }} />
                      </Form.Item>
                      <Form.Item name={[section.name, 'maxPoints']} noStyle>
                        <InputNumber min={0} placeholder={t('scoring.maxPoints')} aria-label={`${t('templates.sectionMax')} ${section.name + 1}`} />
                      </Form.Item>
                    </Space>
                  }
                  extra={!frozen && <Button icon={<DeleteOutlined />} onClick={() => removeSection(section.name)} aria-label={t('templates.removeSection')} />}
                >
                  <Form.List name={[section.name, 'criteria']}>
                    {(criteria, { add, remove }) => (
                      <Flex vertical gap={8}>
                        {criteria.map((criterion) => (
                          <CriterionRow key={criterion.key} section={section.name} name={criterion.name} frozen={frozen} onRemove={() => remove(criterion.name)} />
                        ))}
                        {!frozen && (
                          <Button icon={<PlusOutlined />} onClick={() => add({ code: '', text: '', maxPoints: 1, method: 'MANUAL' })}>
                            {t('templates.addCriterion')}
                          </Button>
                        )}
                      </Flex>
                    )}
                  </Form.List>
                </Card>
              ))}
              {!frozen && (
                <Button icon={<PlusOutlined />} onClick={() => addSection({ code: '', title: '', maxPoints: 0, criteria: [] })}>
                  {t('templates.addSection')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
        <Flex gap={8} style={{ marginTop: 16 }} wrap>
          {!frozen && (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('templates.save')}
            </Button>
          )}
        </Flex>
      </Form>
      {template && (
        <Flex gap={8} wrap>
          {template.status === 'DRAFT' && (
            <Button onClick={() => act.mutate({ action: 'publish' }, { onSuccess: () => void message.success(t('templates.publishedOk')) })}>
              {t('templates.publish')}
            </Button>
          )}
          {frozen && (
            <Button onClick={() => act.mutate({ action: 'new-version' }, { onSuccess: (fresh) => void navigate(`/scoring/templates/${fresh.template.id}`) })}>
              {t('templates.newVersion')}
            </Button>
          )}
          <Button
            loading={exporter.isPending}
            onClick={() => exporter.mutate(template.id, { onSuccess: (blob) => saveBlob(blob, `bang-tieu-chi-${template.id}.xlsx`) })}
          >
            {t('templates.export')}
          </Button>
          <Select
            aria-label={t('templates.copyTo')}
            placeholder={t('templates.copyTo')}
            value={copyPeriod}
            onChange={setCopyPeriod}
            options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
            style={{ width: 200 }}
          />
          <Button
            disabled={!copyPeriod}
            onClick={() =>
              act.mutate({ action: 'copy', periodId: copyPeriod }, { onSuccess: (fresh) => void navigate(`/scoring/templates/${fresh.template.id}`) })
            }
          >
            {t('templates.copy')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

function CriterionRow({ section, name, frozen, onRemove }: { section: number; name: number; frozen: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const method = Form.useWatch(['sections', section, 'criteria', name, 'method']) as CriterionMethod | undefined;
  return (
    <Card size="small" styles={{ body: { padding: 8 } }}>
      <Space wrap align="start">
        <Form.Item name={[name, 'code']} noStyle>
          <Input placeholder={t('scoring.code')} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name={[name, 'text']} noStyle>
          <Input placeholder={t('scoring.criterion')} style={{ width: 380 }} />
        </Form.Item>
        <Form.Item name={[name, 'maxPoints']} noStyle>
          <InputNumber min={0} placeholder={t('scoring.maxPoints')} />
        </Form.Item>
        <Form.Item name={[name, 'method']} noStyle>
          <Select style={{ width: 190 }} options={METHODS.map((m) => ({ value: m, label: t(`enums.criterionMethod.${m}`) }))} />
        </Form.Item>
        {method && PER_EVENT.includes(method) && (
          <Form.Item name={[name, 'perEvent']} noStyle>
            <InputNumber min={0} placeholder={t('templates.perEvent')} />
          </Form.Item>
        )}
        {!frozen && <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('templates.removeCriterion')} />}
      </Space>
      {method && BANDED.includes(method) && (
        <Form.List name={[name, 'bands']}>
          {(bands, { add, remove }) => (
            <Flex vertical gap={4} style={{ marginTop: 8, marginInlineStart: 24 }}>
              {bands.map((band) => (
                <Space key={band.key}>
                  <Form.Item name={[band.name, 'from']} noStyle>
                    <InputNumber min={0} placeholder={t('templates.bandFrom')} />
                  </Form.Item>
                  <Form.Item name={[band.name, 'to']} noStyle>
                    <InputNumber min={0} placeholder={t('templates.bandTo')} />
                  </Form.Item>
                  <Form.Item name={[band.name, 'points']} noStyle>
                    <InputNumber min={0} placeholder={t('templates.bandPoints')} />
                  </Form.Item>
                  {!frozen && <Button size="small" icon={<DeleteOutlined />} onClick={() => remove(band.name)} aria-label={t('templates.removeBand')} />}
                </Space>
              ))}
              {!frozen && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ from: 0, points: 0 })} style={{ width: 'fit-content' }}>
                  {t('templates.addBand')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      )}
    </Card>
  );
}
