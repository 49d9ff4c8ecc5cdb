import { Descriptions, Flex, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BackLink } from '@/components/BackLink';
import { formatPoints, type ScoreSheet } from '../../api/scoring';
import { SheetStatusTag } from '../SheetStatusTag';

/** Whose sheet it is, where it stands, and its running totals (self, and verified once there is a review). */
export function SheetHeader({ sheet, showVerification }: { sheet: ScoreSheet; showVerification: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/scoring">{t('scoring.back')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={16}>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('scoring.sheetTitle')} — {sheet.unitName}
          </Typography.Title>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'cluster', label: t('scoring.cluster'), children: sheet.clusterName },
              { key: 'template', label: t('scoring.template'), children: sheet.templateName },
              { key: 'status', label: t('scoring.status'), children: <SheetStatusTag status={sheet.status} /> },
              ...(sheet.certificationNote ? [{ key: 'cert', label: t('scoring.certificationNote'), children: sheet.certificationNote }] : []),
            ]}
          />
        </div>
        <Space size="large">
          <Statistic
            title={t('scoring.runningTotal')}
            value={formatPoints(sheet.selfTotal)}
            suffix={`/ ${formatPoints(sheet.maxPoints)}`}
            valueRender={(node) => <span data-testid="self-total">{node}</span>}
          />
          {showVerification && (
            <Statistic
              title={t('scoring.verifiedRunningTotal')}
              value={formatPoints(sheet.verifiedTotal)}
              valueRender={(node) => <span data-testid="verified-total">{node}</span>}
            />
          )}
        </Space>
      </Flex>
    </>
  );
}
