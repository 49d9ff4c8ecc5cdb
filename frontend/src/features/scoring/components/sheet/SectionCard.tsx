import { Card, Progress, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints, type SheetSection } from '../../api/scoring';

/** One section of the sheet: how many of its criteria are scored, its points, and its criteria. */
export function SectionCard({ section, children }: { section: SheetSection; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={`${section.code}. ${section.title}`}
      extra={
        <Space>
          <Progress
            percent={Math.round((section.scored / Math.max(section.criteria.length, 1)) * 100)}
            size="small"
            aria-label={t('scoring.sectionProgress', { code: section.code })}
            style={{ width: 120, margin: 0 }}
            format={() => `${section.scored}/${section.criteria.length}`}
          />
          <Typography.Text strong data-testid={`section-total-${section.code}`}>
            {formatPoints(section.selfPoints)}
            {section.maxPoints > 0 ? ` / ${formatPoints(section.maxPoints)}` : ''}
          </Typography.Text>
        </Space>
      }
    >
      {children}
    </Card>
  );
}
