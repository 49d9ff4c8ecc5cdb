import { Input, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
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

/** The criteria of one section: the unit's input and points, its evidence, and the verified input, points and reason. */
export function CriteriaTable({ sheetId, criteria, canEdit, canReview, showVerification, self, verification, onOpenEvidence }: Props) {
  const { t } = useTranslation();
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
    {
      key: 'input',
      title: t('scoring.input'),
      width: 150,
      render: (_, c) =>
        canEdit ? (
          <CriterionInput
            criterion={c}
            label={`${t('scoring.input')} ${c.code}`}
            value={self.input(c)}
            onChange={(value) => self.change(c.code, value)}
          />
        ) : (
          formatPoints(c.selfInput)
        ),
    },
    {
      key: 'selfPoints',
      title: t('scoring.selfPoints'),
      width: 100,
      align: 'right',
      render: (_, c) => <span data-testid={`self-points-${c.code}`}>{formatPoints(c.selfPoints)}</span>,
    },
    {
      key: 'evidence',
      title: t('scoring.evidence'),
      width: 180,
      render: (_, c) => <EvidenceCell sheetId={sheetId} criterion={c} canEdit={canEdit} onOpen={onOpenEvidence} />,
    },
    ...(showVerification ? verificationColumns() : []),
  ];

  function verificationColumns(): Columns {
    return [
      {
        key: 'verifiedInput',
        title: t('scoring.verifiedInput'),
        width: 150,
        render: (_, c) =>
          canReview ? (
            <CriterionInput
              criterion={c}
              label={`${t('scoring.verifiedInput')} ${c.code}`}
              value={verification.input(c)}
              onChange={(value) => verification.setInput(c.code, value)}
            />
          ) : (
            formatPoints(c.verifiedInput)
          ),
      },
      {
        key: 'verifiedPoints',
        title: t('scoring.verifiedPoints'),
        width: 100,
        align: 'right',
        render: (_, c) => {
          const cut = c.verifiedPoints !== undefined && c.verifiedPoints !== null && c.selfPoints !== undefined && c.selfPoints !== null
            && c.verifiedPoints !== c.selfPoints;
          return (
            <Typography.Text type={cut ? 'danger' : undefined} data-testid={`verified-points-${c.code}`}>
              {formatPoints(c.verifiedPoints)}
            </Typography.Text>
          );
        },
      },
      {
        key: 'reason',
        title: t('scoring.reason'),
        width: 220,
        render: (_, c) =>
          canReview ? (
            <Input
              aria-label={`${t('scoring.reason')} ${c.code}`}
              placeholder={t('scoring.reasonPlaceholder')}
              value={verification.reason(c) ?? ''}
              onChange={(e) => verification.setReason(c.code, e.target.value)}
            />
          ) : (
            c.diffReason
          ),
      },
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
