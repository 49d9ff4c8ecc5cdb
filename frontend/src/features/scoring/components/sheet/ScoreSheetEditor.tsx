import { Alert, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { ScoreSheet } from '../../api/scoring';
import { useSelfScoreAutosave } from '../../hooks/useSelfScoreAutosave';
import { useVerificationDraft } from '../../hooks/useVerificationDraft';
import { EvidenceModal } from '../EvidenceModal';
import { CriteriaTable } from './CriteriaTable';
import { SectionCard } from './SectionCard';
import { SheetActions } from './SheetActions';
import { SheetHeader } from './SheetHeader';

/**
 * A score sheet (bảng chấm điểm) being filled in by its unit or verified by the cluster lead: the header, the action
 * bar, one card per section, and the evidence of the criterion opened.
 */
export function ScoreSheetEditor({ sheet }: { sheet: ScoreSheet }) {
  const { t } = useTranslation();
  const canEdit = sheet.allowedActions.includes('edit');
  const canReview = sheet.allowedActions.includes('review');
  const showVerification = canReview || (sheet.verifiedTotal !== undefined && sheet.verifiedTotal !== null);

  const self = useSelfScoreAutosave(sheet.id);
  const verification = useVerificationDraft(sheet);
  const [evidenceOf, setEvidenceOf] = useState<string>();
  const evidenceCriterion = sheet.sections.flatMap((s) => s.criteria).find((c) => c.code === evidenceOf);

  return (
    <Flex vertical gap={16}>
      <SheetHeader sheet={sheet} showVerification={showVerification} />
      {sheet.status === 'RETURNED' && sheet.returnComment && (
        <Alert type="warning" showIcon message={t('scoring.returnComment')} description={sheet.returnComment} />
      )}
      {self.save.isError && <ErrorAlert error={self.save.error} />}
      {verification.error && <ErrorAlert error={verification.error} />}
      <SheetActions sheet={sheet} canEdit={canEdit} canReview={canReview} self={self} verification={verification} />
      {sheet.sections.map((section) => (
        <SectionCard key={section.code} section={section}>
          <CriteriaTable
            sheetId={sheet.id}
            criteria={section.criteria}
            canEdit={canEdit}
            canReview={canReview}
            showVerification={showVerification}
            self={self}
            verification={verification}
            onOpenEvidence={setEvidenceOf}
          />
        </SectionCard>
      ))}
      <EvidenceModal
        sheetId={sheet.id}
        code={evidenceOf}
        evidence={evidenceCriterion?.evidence ?? []}
        editable={canEdit}
        saving={self.save.isPending}
        onClose={() => setEvidenceOf(undefined)}
        onAdd={(item) =>
          evidenceCriterion &&
          self.save.mutate([
            { criterionCode: evidenceCriterion.code, input: self.input(evidenceCriterion) ?? undefined, evidence: [...evidenceCriterion.evidence, item] },
          ])
        }
      />
    </Flex>
  );
}
