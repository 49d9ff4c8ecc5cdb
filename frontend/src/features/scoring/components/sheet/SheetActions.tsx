import { App, Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useSheetAction, type ScoreSheet, type SheetAction } from '../../api/scoring';
import type { SelfScoreAutosave } from '../../hooks/useSelfScoreAutosave';
import type { VerificationDraft } from '../../hooks/useVerificationDraft';

const STATE_ACTIONS: SheetAction[] = ['submit', 'certify', 'verify', 'lock', 'return'];

/** Actions asked with a comment: why the sheet goes back, or the certifier's note. */
const WITH_COMMENT: SheetAction[] = ['return', 'certify'];

type Props = {
  sheet: ScoreSheet;
  canEdit: boolean;
  canReview: boolean;
  self: SelfScoreAutosave;
  verification: VerificationDraft;
};

/**
 * The sheet's action bar: the workflow steps the caller may take (held back while self inputs are unsaved), saving the
 * verification, and whether the self inputs are saved.
 */
export function SheetActions({ sheet, canEdit, canReview, self, verification }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useSheetAction(sheet.id);
  const [commentFor, setCommentFor] = useState<SheetAction>();
  const [comment, setComment] = useState('');

  function run(action: SheetAction, text?: string) {
    act.mutate(
      { action, comment: text },
      { onSuccess: (fresh) => void message.success(t('scoring.actionDone', { status: t(`enums.sheetStatus.${fresh.sheet.status}`) })) },
    );
  }

  const actions = STATE_ACTIONS.filter((a) => sheet.allowedActions.includes(a));
  const saveState = self.busy ? t('scoring.saving') : self.saved ? t('scoring.saved') : '';

  return (
    <>
      {act.isError && <ErrorAlert error={act.error} />}
      <Flex gap={8} wrap align="center">
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'return' ? 'default' : 'primary'}
            danger={action === 'return'}
            loading={act.isPending && act.variables?.action === action}
            disabled={self.busy}
            onClick={() => (WITH_COMMENT.includes(action) ? setCommentFor(action) : run(action))}
          >
            {t(`scoring.action.${action}`)}
          </Button>
        ))}
        {canReview && (
          <Button onClick={verification.submit} disabled={!verification.changed} loading={verification.saving}>
            {t('scoring.saveVerification')}
          </Button>
        )}
        {canEdit && <Typography.Text type="secondary">{saveState}</Typography.Text>}
      </Flex>
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
    </>
  );
}
