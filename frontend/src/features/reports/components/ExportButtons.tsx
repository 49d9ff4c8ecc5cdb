import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { saveBlob } from '@/lib/download';
import { useReportExport, type ExportFormat, type ExportRequest } from '../api/reports';

type Target = ExportRequest extends infer R ? (R extends { format: ExportFormat } ? Omit<R, 'format'> : never) : never;

/** Excel and CSV downloads of one report, with a spinner and a note while the file is prepared. */
export function ExportButtons({ target, fileName }: { target: Target; fileName: string }) {
  const { t } = useTranslation();
  const exporter = useReportExport();
  const run = (format: ExportFormat) =>
    exporter.mutate({ ...target, format } as ExportRequest, { onSuccess: (blob) => saveBlob(blob, `${fileName}.${format}`) });
  return (
    <Flex vertical gap={4} align="flex-end">
      <Flex gap={8}>
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            size="small"
            icon={format === 'xlsx' ? <FileExcelOutlined /> : <FileTextOutlined />}
            loading={exporter.isPending && exporter.variables?.format === format}
            disabled={exporter.isPending}
            onClick={() => run(format)}
          >
            {format === 'xlsx' ? t('reporting.exportXlsx') : t('reporting.exportCsv')}
          </Button>
        ))}
      </Flex>
      {exporter.isPending && (
        <Typography.Text type="secondary" role="status">
          {t('reporting.exporting')}
        </Typography.Text>
      )}
      {exporter.isError && <ErrorAlert error={exporter.error} />}
    </Flex>
  );
}
