import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Tag, Typography, Upload } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatPoints, useImportTemplate, useScoringPeriods, useTemplates, type TemplateSummary } from '../api/scoring';

export function TemplatesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const periods = useScoringPeriods();
  const periodId = params.get('periodId') ?? periods.data?.[0]?.id;
  const templates = useTemplates(periodId);
  const canWrite = hasAnyRole(me.data?.roles, ['secretariat', 'admin']);
  const importer = useImportTemplate();
  const navigate = useNavigate();

  const columns: TableProps<TemplateSummary>['columns'] = [
    { key: 'name', dataIndex: 'name', title: t('templates.name'), render: (name: string, tpl) => <Link to={`/scoring/templates/${tpl.id}`}>{name}</Link> },
    { key: 'group', dataIndex: 'targetGroup', title: t('templates.targetGroup'), width: 200, render: (g: TemplateSummary['targetGroup']) => t(`enums.targetGroup.${g}`) },
    { key: 'version', dataIndex: 'versionNo', title: t('templates.versionNo'), width: 90, align: 'right' },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('scoring.status'),
      width: 140,
      render: (s: TemplateSummary['status']) => <Tag color={s === 'PUBLISHED' ? 'green' : s === 'DRAFT' ? 'blue' : 'default'}>{t(`enums.templateStatus.${s}`)}</Tag>,
    },
    { key: 'total', dataIndex: 'totalPoints', title: t('templates.totalPoints'), width: 110, align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'criteria', dataIndex: 'criterionCount', title: t('templates.criterionCount'), width: 110, align: 'right' },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('templates.title')}
      </Typography.Title>
      <Flex gap={8}>
        <Select
          aria-label={t('scoring.period')}
          value={periodId}
          onChange={(id: string) => setParams({ periodId: id })}
          options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
          style={{ width: 140 }}
        />
        {canWrite && periodId && (
          <Link to={`/scoring/templates/new?periodId=${periodId}`}>
            <Button type="primary">{t('templates.create')}</Button>
          </Link>
        )}
        {canWrite && periodId && (
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              importer.mutate({ file, periodId }, { onSuccess: (fresh) => void navigate(`/scoring/templates/${fresh.template.id}`) });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={importer.isPending}>
              {t('templates.import')}
            </Button>
          </Upload>
        )}
      </Flex>
      {importer.isError && <ErrorAlert error={importer.error} />}
      {templates.isError && <ErrorAlert error={templates.error} />}
      <Table<TemplateSummary> rowKey="id" size="middle" columns={columns} dataSource={templates.data ?? []} loading={templates.isFetching} pagination={false} />
    </Flex>
  );
}
