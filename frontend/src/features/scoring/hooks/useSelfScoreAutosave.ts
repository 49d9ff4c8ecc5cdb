import { useAutosave } from '@/hooks/use-autosave';
import { useSaveSelfScores, type SheetCriterion } from '../api/scoring';

/** The unit's self inputs, saved as they are typed (the server computes the points and totals). */
export function useSelfScoreAutosave(sheetId: string) {
  const save = useSaveSelfScores(sheetId);
  const autosave = useAutosave<number | null>({
    saving: save.isPending,
    save: (batch, settled) =>
      save.mutate(
        Object.entries(batch).map(([code, input]) => ({ criterionCode: code, input: input ?? undefined })),
        { onSettled: settled },
      ),
  });
  return {
    /** What the input shows: the value typed and not saved yet, else the saved one. */
    input: (c: SheetCriterion) => (c.code in autosave.pending ? autosave.pending[c.code] : c.selfInput),
    change: autosave.change,
    /** Typed and not saved, or being saved: the workflow actions wait. */
    busy: autosave.dirty || save.isPending,
    saved: save.isSuccess,
    /** The save itself, also used to attach evidence to a criterion. */
    save,
  };
}

export type SelfScoreAutosave = ReturnType<typeof useSelfScoreAutosave>;
