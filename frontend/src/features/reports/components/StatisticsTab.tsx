import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, InputNumber, List, Segmented, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { saveBlob } from '@/lib/download';
import { todayInVietnam } from '@/lib/today';
import { AwardMethodPicker } from './AwardMethodPicker';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import {
  FORM_CODES,
  useStatisticsCell,
  useStatisticsExport,
  useStatisticsForm,
  type FormCode,
  type StatisticsForm,
} from '../api/statistics';

type Row = StatisticsForm['rows'][number];

/** The three statutory forms of a year, laid out as printed, each figure opening the records counted in it. */
/** The server's wording for a ledger row without an award method (AwardFacts.MISSING_METHOD). */
const METHOD_MISSING = 'phương thức khen thưởng';

export function StatisticsTab() {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormCode>('0601');
  const [year, setYear] = useState<number>(Number(todayInVietnam().slice(0, 4)));
  const [cell, setCell] = useState<{ row: string; column: string }>();
  const query = useStatisticsForm(form, year);
  const drill = useStatisticsCell(form, year, cell);
  const exporter = useStatisticsExport();
  const me = useMe();
  const canClassify = hasAnyRole(me.data?.roles, ['secretariat']);
  const data = query.data;
  const download = (format: 'xlsx' | 'csv') =>
    exporter.mutate({ form, year, format }, { onSuccess: (blob) => saveBlob(blob, `bieu-${form}-${year}.${format}`) });

  const columns: ColumnsType<Row> = [
    {
      title: t('reporting.statistics.indicator'),
      dataIndex: 'label',
      render: (label: string, row) =>
        row.code ? <span style={{ paddingLeft: (row.indent - 1) * 16 }}>{label}</span> : <Typography.Text strong>{label}</Typography.Text>,
    },
    { title: t('reporting.statistics.code'), dataIndex: 'code', width: 70 },
    ...(data && !data.unitOfMeasure ? [{ title: t('reporting.statistics.unit'), dataIndex: 'unit', width: 110 }] : []),
    ...(data?.columns ?? []).map((c, i) => ({
      key: c.key,
      title: (
        <span>
          {c.group && <Typography.Text type="secondary">{c.group} · </Typography.Text>}
          {c.label}
          {c.leaf && ` (${c.leaf})`} <Typography.Text type="secondary">[{c.number}]</Typography.Text>
        </span>
      ),
      align: 'right' as const,
      render: (_: unknown, row: Row) =>
        row.code ? (
          <Button
            type="link"
            size="small"
            aria-label={t('reporting.statistics.openCell', { count: row.cells[i], row: row.code, column: c.number })}
            onClick={() => setCell({ row: row.code!, column: c.key })}
          >
            {row.cells[i]}
          </Button>
        ) : null,
    })),
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('reporting.statistics.heading')}
      </Typography.Title>
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={12} wrap align="center">
          <Segmented<FormCode>
            aria-label={t('reporting.statistics.form')}
            value={form}
            onChange={setForm}
            options={FORM_CODES.map((f) => ({ value: f, label: t(`reporting.statistics.forms.${f}`) }))}
          />
          <InputNumber
            aria-label={t('reporting.statistics.year')}
            addonBefore={t('reporting.statistics.year')}
            min={1945}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
        </Flex>
        <Flex gap={8}>
          {(['xlsx', 'csv'] as const).map((format) => (
            <Button
              key={format}
              icon={format === 'xlsx' ? <FileExcelOutlined /> : <FileTextOutlined />}
              loading={exporter.isPending && exporter.variables?.format === format}
              disabled={exporter.isPending || !data}
              onClick={() => download(format)}
            >
              {format === 'xlsx' ? t('reporting.exportXlsx') : t('reporting.exportCsv')}
            </Button>
          ))}
        </Flex>
      </Flex>
      {exporter.isError && <ErrorAlert error={exporter.error} />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isPending && <Skeleton active />}
      {data && !query.isError && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('reporting.statistics.formNumber')}>{data.code}</Descriptions.Item>
            <Descriptions.Item label={t('reporting.statistics.reportingUnit')}>{data.reportingUnit}</Descriptions.Item>
            {data.receivingUnit && <Descriptions.Item label={t('reporting.statistics.receivingUnit')}>{data.receivingUnit}</Descriptions.Item>}
            {data.receivedBy && <Descriptions.Item label={t('reporting.statistics.receivedBy')}>{data.receivedBy}</Descriptions.Item>}
            {data.unitOfMeasure && <Descriptions.Item label={t('reporting.statistics.unitOfMeasure')}>{data.unitOfMeasure}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>
            {data.title} — {t('reporting.statistics.year')} {data.year}
          </Typography.Title>
          {data.unclassified.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message={t('reporting.statistics.unclassified', { count: data.unclassified.length })}
              description={
                <List
                  size="small"
                  dataSource={data.unclassified}
                  renderItem={(u) => (
                    <List.Item>
                      {u.label} — {t('reporting.statistics.missing')}: {u.missing}
                      {canClassify && u.kind === 'AWARD' && u.missing === METHOD_MISSING && <AwardMethodPicker awardId={u.id} />}
                    </List.Item>
                  )}
                />
              }
            />
          )}
          <Table<Row>
            rowKey={(r) => r.code ?? r.label}
            size="small"
            bordered
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={columns}
            dataSource={data.rows}
          />
          <Typography.Title level={4}>{t('reporting.statistics.notes')}</Typography.Title>
          <ul>
            {data.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <Drawer
        open={!!cell}
        onClose={() => setCell(undefined)}
        width={560}
        title={cell && t('reporting.statistics.drillTitle', { row: cell.row, column: data?.columns.find((c) => c.key === cell.column)?.number ?? cell.column })}
      >
        {drill.isPending && <Skeleton active />}
        {drill.isError && <ErrorAlert error={drill.error} />}
        {drill.data && (
          <List
            dataSource={drill.data.records}
            locale={{ emptyText: t('reporting.statistics.drillEmpty') }}
            renderItem={(r) => (
              <List.Item>
                <List.Item.Meta title={r.label} description={r.detail} />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </Flex>
  );
}
