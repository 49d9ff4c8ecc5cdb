import { problemFields } from '@/lib/api/problem-fields';

export const TOTALS = ['ballotsIssued', 'ballotsReceived', 'validBallots', 'invalidBallots'] as const;

/**
 * The API's field errors by place in this form: `ballotsReceived`, `counts` (all lines), `counts[2]` (the third
 * candidate's line), `counts[2].abstain` (one cell). The messages are in the user's language (the API localises
 * them) and name the figures; the form shows each at its field, as `useProblemFields` does for antd Forms.
 */
export function tallyFieldErrors(error: unknown): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const { name, errors } of problemFields(error, new Set([...TOTALS, 'counts']))) {
    const place = name.length === 1 ? String(name[0]) : name[0] === 'counts' ? `counts[${name[1]}]${name[2] === 'abstain' ? '.abstain' : ''}` : String(name[0]);
    byPlace.set(place, [...(byPlace.get(place) ?? []), ...errors]);
  }
  return byPlace;
}
