import { Card, Flex, Grid, Input, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints, type SheetCriterion } from '../../api/scoring';
import type { SelfScoreAutosave } from '../../hooks/useSelfScoreAutosave';
import type { VerificationDraft } from '../../hooks/useVerificationDraft';
import { CriterionInput } from '../CriterionInput';
import { EvidenceCell } from './EvidenceCell';

type Columns = NonNullable<TableProps<SheetCriterion>['columns']>;

type Props = {
  sheetId: string;
  criteria: SheetCriterion[];
  /** The unit may type its self inputs (else they are shown). */
  canEdit: boolean;
  /** The cluster lead may type verified inputs and reasons (else they are shown, when there are any). */
  canReview: boolean;
  showVerification: boolean;
  self: SelfScoreAutosave;
  verification: VerificationDraft;
  onOpenEvidence: (code: string) => void;
};

/**
 * The criteria of one section: the unit's input and points, its evidence, and the verified input, points and reason.
 * A table on a wide screen; on a phone one card per criterion, so the sheet is never wider than the screen.
 */
export function CriteriaTable({ sheetId, criteria, canEdit, canReview, showVerification, self, verification, onOpenEvidence }: Props) {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;

  const selfInput = (c: SheetCriterion) =>
    canEdit ? (
      <CriterionInput criterion={c} label={`${t('scoring.input')} ${c.code}`} value={self.input(c)} onChange={(value) => self.change(c.code, value)} />
    ) : (
      formatPoints(c.selfInput)
    );
  const selfPoints = (c: SheetCriterion) => <span data-testid={`self-points-${c.code}`}>{formatPoints(c.selfPoints)}</span>;
  const evidence = (c: SheetCriterion) => <EvidenceCell sheetId={sheetId} criterion={c} canEdit={canEdit} onOpen={onOpenEvidence} />;
  const verifiedInput = (c: SheetCriterion) =>
    canReview ? (
      <CriterionInput
        criterion={c}
        label={`${t('scoring.verifiedInput')} ${c.code}`}
        value={verification.input(c)}
        onChange={(value) => verification.setInput(c.code, value)}
      />
    ) : (
      formatPoints(c.verifiedInput)
    );
  const verifiedPoints = (c: SheetCriterion) => {
    const cut = c.verifiedPoints !== undefined && c.verifiedPoints !== null && c.selfPoints !== undefined && c.selfPoints !== null
      && c.verifiedPoints !== c.selfPoints;
    return (
      <Typography.Text type={cut ? 'danger' : undefined} data-testid={`verified-points-${c.code}`}>
        {formatPoints(c.verifiedPoints)}
      </Typography.Text>
    );
  };
  const reason = (c: SheetCriterion) =>
    canReview ? (
      <Input
        aria-label={`${t('scoring.reason')} ${c.code}`}
        placeholder={t('scoring.reasonPlaceholder')}
        value={verification.reason(c) ?? ''}
        onChange={(e) => verification.setReason(c.code, e.target.value)}
      />
    ) : (
      c.diffReason
    );

  if (phone) {
    const row = (label: string, value: ReactNode) => (
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <div style={{ flex: '1 1 140px', minWidth: 0, display: 'flex', justifyContent: 'flex-end' }}>{value}</div>
      </Flex>
    );
    return (
      <Flex vertical gap={8} data-testid="criteria-cards">
        {criteria.map((c) => (
          <Card key={c.code} size="small" styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8 } }}>
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {c.code}. {c.text}
            </Typography.Text>
            {c.guidance && (
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {c.guidance}
              </Typography.Text>
            )}
            {row(t('scoring.maxPoints'), formatPoints(c.maxPoints))}
            {row(t('scoring.input'), selfInput(c))}
            {row(t('scoring.selfPoints'), selfPoints(c))}
            {row(t('scoring.evidence'), evidence(c))}
            {showVerification && (
              <>
                {row(t('scoring.verifiedInput'), verifiedInput(c))}
                {row(t('scoring.verifiedPoints'), verifiedPoints(c))}
                {(canReview || c.diffReason) && row(t('scoring.reason'), reason(c))}
              </>
            )}
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: Columns = [
    { key: 'code', dataIndex: 'code', title: t('scoring.code'), width: 70 },
    {
      key: 'text',
      dataIndex: 'text',
      title: t('scoring.criterion'),
      // Never narrower than a readable line (at 1366 px the verification columns squeezed it to a word per line);
      // long texts show three lines, the whole text and the guidance on hover.
      minWidth: 280,
      render: (text: string, c) => (
        <Typography.Paragraph
          style={{ margin: 0 }}
          ellipsis={{ rows: 3, tooltip: c.guidance ? <>{text}<br />{c.guidance}</> : text }}
        >
          {c.guidance ? <Tooltip title={c.guidance}>{text}</Tooltip> : text}
        </Typography.Paragraph>
      ),
    },
    { key: 'max', dataIndex: 'maxPoints', title: t('scoring.maxPoints'), width: 90, align: 'right', render: (v: number) => formatPoints(v) },
    { key: 'input', title: t('scoring.input'), width: 150, render: (_, c) => selfInput(c) },
    { key: 'selfPoints', title: t('scoring.selfPoints'), width: 100, align: 'right', render: (_, c) => selfPoints(c) },
    { key: 'evidence', title: t('scoring.evidence'), width: 180, render: (_, c) => evidence(c) },
    ...(showVerification ? verificationColumns() : []),
  ];

  function verificationColumns(): Columns {
    return [
      { key: 'verifiedInput', title: t('scoring.verifiedInput'), width: 150, render: (_, c) => verifiedInput(c) },
      { key: 'verifiedPoints', title: t('scoring.verifiedPoints'), width: 100, align: 'right', render: (_, c) => verifiedPoints(c) },
      { key: 'reason', title: t('scoring.reason'), width: 220, render: (_, c) => reason(c) },
    ];
  }

  return (
    <Table<SheetCriterion>
      rowKey="code"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={criteria}
      scroll={{ x: 'max-content' }}
    />
  );
}
