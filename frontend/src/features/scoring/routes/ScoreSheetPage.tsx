import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Modal, Progress, Skeleton, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import {
  formatPoints,
  useSaveSelfScores,
  useSaveVerification,
  useScoreSheet,
  useSheetAction,
  type ScoreSheet,
  type SheetAction,
  type SheetCriterion,
} from '../api/scoring';
import { CriterionInput } from '../components/CriterionInput';
import { EvidenceModal } from '../components/EvidenceModal';
import { SheetStatusTag } from '../components/SheetStatusTag';
import { BackLink } from '@/components/BackLink';

const AUTOSAVE_DELAY_MS = 700;
const STATE_ACTIONS: SheetAction[] = ['submit', 'certify', 'verify', 'lock', 'return'];

type VerificationDraft = { input?: number | null; reason?: string };

export function ScoreSheetPage() {
  const { id } = useParams();
  const query = useScoreSheet(id);
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <ScoreSheetEditor sheet={query.data.sheet} />;
}

function ScoreSheetEditor({ sheet }: { sheet: ScoreSheet }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canEdit = sheet.allowedActions.includes('edit');
  const canReview = sheet.allowedActions.includes('review');
  const showVerification = canReview || sheet.verifiedTotal !== undefined && sheet.verifiedTotal !== null;

  const saveSelf = useSaveSelfScores(sheet.id);
  const saveVerification = useSaveVerification(sheet.id);
  const act = useSheetAction(sheet.id);

  // Autosave: inputs typed since the last save go to the server after a short pause; it computes the points.
  const [pending, setPending] = useState<Record<string, number | null>>({});
  const { mutate: mutateSelf, isPending: selfSaving } = saveSelf;
  useEffect(() => {
    const codes = Object.keys(pending);
    if (codes.length === 0 || selfSaving) return;
    const timer = setTimeout(() => {
      const batch = pending;
      mutateSelf(
        codes.map((code) => ({ criterionCode: code, input: batch[code] ?? undefined })),
        {
          onSettled: () =>
            setPending((current) => {
              const next = { ...current };
              for (const code of codes) if (next[code] === batch[code]) delete next[code];
              return next;
            }),
        },
      );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pending, selfSaving, mutateSelf]);

  const [verification, setVerification] = useState<Record<string, VerificationDraft>>({});
  const [evidenceOf, setEvidenceOf] = useState<string>();
  const [commentFor, setCommentFor] = useState<'return' | 'certify'>();
  const [comment, setComment] = useState('');

  const criteria = sheet.sections.flatMap((s) => s.criteria);
  const evidenceCriterion = criteria.find((c) => c.code === evidenceOf);

  function run(action: SheetAction, text?: string) {
    act.mutate(
      { action, comment: text },
      { onSuccess: (fresh) => void message.success(t('scoring.actionDone', { status: t(`enums.sheetStatus.${fresh.sheet.status}`) })) },
    );
  }

  function saveVerified() {
    const entries = Object.entries(verification).map(([code, draft]) => {
      const criterion = criteria.find((c) => c.code === code)!;
      return {
        criterionCode: code,
        input: (draft.input !== undefined ? draft.input : (criterion.verifiedInput ?? criterion.selfInput)) ?? undefined,
        reason: draft.reason !== undefined ? draft.reason : criterion.diffReason,
      };
    });
    saveVerification.mutate(entries, {
      onSuccess: () => {
        setVerification({});
        void message.success(t('scoring.verificationSaved'));
      },
    });
  }

  type Columns = NonNullable<TableProps<SheetCriterion>['columns']>;
  const columns: Columns = [
    { key: 'code', dataIndex: 'code', title: t('scoring.code'), width: 70 },
    {
      key: 'text',
      dataIndex: 'text',
      title: t('scoring.criterion'),
      render: (text: string, c) => (c.guidance ? <Tooltip title={c.guidance}>{text}</Tooltip> : text),
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
            value={c.code in pending ? pending[c.code] : c.selfInput}
            onChange={(value) => setPending((current) => ({ ...current, [c.code]: value }))}
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
      width: 130,
      render: (_, c) => (
        <Button size="small" icon={<PaperClipOutlined />} onClick={() => setEvidenceOf(c.code)}>
          {t('scoring.evidenceCount', { count: c.evidence.length })}
        </Button>
      ),
    },
    ...(showVerification
      ? ([
          {
            key: 'verifiedInput',
            title: t('scoring.verifiedInput'),
            width: 150,
            render: (_, c) =>
              canReview ? (
                <CriterionInput
                  criterion={c}
                  label={`${t('scoring.verifiedInput')} ${c.code}`}
                  value={verification[c.code]?.input !== undefined ? verification[c.code].input : (c.verifiedInput ?? c.selfInput)}
                  onChange={(value) => setVerification((v) => ({ ...v, [c.code]: { ...v[c.code], input: value } }))}
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
                  value={verification[c.code]?.reason ?? c.diffReason ?? ''}
                  onChange={(e) => setVerification((v) => ({ ...v, [c.code]: { ...v[c.code], reason: e.target.value } }))}
                />
              ) : (
                c.diffReason
              ),
          },
        ] as Columns)
      : []),
  ];

  const actions = STATE_ACTIONS.filter((a) => sheet.allowedActions.includes(a));
  const selfSaveState = selfSaving || Object.keys(pending).length > 0 ? t('scoring.saving') : saveSelf.isSuccess ? t('scoring.saved') : '';

  return (
    <Flex vertical gap={16}>
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
      {sheet.status === 'RETURNED' && sheet.returnComment && <Alert type="warning" showIcon message={t('scoring.returnComment')} description={sheet.returnComment} />}
      {saveSelf.isError && <ErrorAlert error={saveSelf.error} />}
      {saveVerification.isError && <ErrorAlert error={saveVerification.error} />}
      {act.isError && <ErrorAlert error={act.error} />}
      <Flex gap={8} wrap align="center">
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'return' ? 'default' : 'primary'}
            danger={action === 'return'}
            loading={act.isPending && act.variables?.action === action}
            disabled={Object.keys(pending).length > 0 || selfSaving}
            onClick={() => (action === 'return' || action === 'certify' ? setCommentFor(action) : run(action))}
          >
            {t(`scoring.action.${action}`)}
          </Button>
        ))}
        {canReview && (
          <Button onClick={saveVerified} disabled={Object.keys(verification).length === 0} loading={saveVerification.isPending}>
            {t('scoring.saveVerification')}
          </Button>
        )}
        {canEdit && <Typography.Text type="secondary">{selfSaveState}</Typography.Text>}
      </Flex>
      {sheet.sections.map((section) => (
        <Card
          key={section.code}
          size="small"
          title={`${section.code}. ${section.title}`}
          extra={
            <Space>
              <Progress
                aria-label={t('scoring.sectionProgress', { code: section.code })}
                percent={Math.round((section.scored / Math.max(section.criteria.length, 1)) * 100)}
                size="small"
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
          <Table<SheetCriterion> rowKey="code" size="small" pagination={false} columns={columns} dataSource={section.criteria} />
        </Card>
      ))}
      <EvidenceModal
        code={evidenceOf}
        evidence={evidenceCriterion?.evidence ?? []}
        editable={canEdit}
        saving={saveSelf.isPending}
        onClose={() => setEvidenceOf(undefined)}
        onAdd={(item) =>
          evidenceCriterion &&
          saveSelf.mutate([
            {
              criterionCode: evidenceCriterion.code,
              input: (evidenceCriterion.code in pending ? pending[evidenceCriterion.code] : evidenceCriterion.selfInput) ?? undefined,
              evidence: [...evidenceCriterion.evidence, item],
            },
          ])
        }
      />
      <Modal
        open={!!commentFor}
        title={commentFor ? t(`scoring.action.${commentFor}`) : ''}
        okButtonProps={{ disabled: comment.trim() === '' }}
        onOk={() => {
          run(commentFor!, comment.trim());
          setCommentFor(undefined);
          setComment('');
        }}
        onCancel={() => setCommentFor(undefined)}
      >
        <Input.TextArea aria-label={t('scoring.comment')} rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Modal>
    </Flex>
  );
}
