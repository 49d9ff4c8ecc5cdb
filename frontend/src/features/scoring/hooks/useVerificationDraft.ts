import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveVerification, type ScoreSheet, type SheetCriterion } from '../api/scoring';

type Draft = { input?: number | null; reason?: string };

/**
 * The cluster lead's verified inputs and reasons, edited locally and saved together. An untouched field shows what
 * the server holds: the verified input, else the self input; the saved reason.
 */
export function useVerificationDraft(sheet: ScoreSheet) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveVerification(sheet.id);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});

  const input = (c: SheetCriterion) => (drafts[c.code]?.input !== undefined ? drafts[c.code].input : (c.verifiedInput ?? c.selfInput));
  const reason = (c: SheetCriterion) => (drafts[c.code]?.reason !== undefined ? drafts[c.code].reason : c.diffReason);
  const edit = (code: string, change: Draft) => setDrafts((d) => ({ ...d, [code]: { ...d[code], ...change } }));

  function submit() {
    const criteria = sheet.sections.flatMap((s) => s.criteria);
    const entries = Object.keys(drafts).map((code) => {
      const criterion = criteria.find((c) => c.code === code)!;
      return { criterionCode: code, input: input(criterion) ?? undefined, reason: reason(criterion) };
    });
    save.mutate(entries, {
      onSuccess: () => {
        setDrafts({});
        void message.success(t('scoring.verificationSaved'));
      },
    });
  }

  return {
    input,
    reason,
    setInput: (code: string, value: number | null) => edit(code, { input: value }),
    setReason: (code: string, value: string) => edit(code, { reason: value }),
    changed: Object.keys(drafts).length > 0,
    submit,
    saving: save.isPending,
    error: save.isError ? save.error : undefined,
  };
}

export type VerificationDraft = ReturnType<typeof useVerificationDraft>;
