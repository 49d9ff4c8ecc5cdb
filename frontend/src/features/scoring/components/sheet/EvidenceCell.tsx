import { PaperClipOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetCriterion } from '../../api/scoring';

/** How many documents prove a criterion; opens them. */
export function EvidenceCell({ criterion, onOpen }: { criterion: SheetCriterion; onOpen: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <Button size="small" icon={<PaperClipOutlined />} onClick={() => onOpen(criterion.code)}>
      {t('scoring.evidenceCount', { count: criterion.evidence.length })}
    </Button>
  );
}
