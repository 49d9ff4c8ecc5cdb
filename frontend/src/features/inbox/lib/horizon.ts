import dayjs from 'dayjs';
import type { InboxItem } from '../api/inbox';

/** How far ahead "what matters now" looks; later deadlines are folded under "Sắp tới". */
export const HORIZON_DAYS = 14;

export type InboxGroups = { now: InboxItem[]; later: InboxItem[] };

/**
 * Splits the inbox at asOf + {@link HORIZON_DAYS}: overdue items, items due by then and items without a deadline
 * (something to do now, such as a ballot) come first; overdue first, then by deadline, undated last.
 */
export function groupByHorizon(items: InboxItem[], asOf: string, days = HORIZON_DAYS): InboxGroups {
  const horizon = dayjs(asOf).add(days, 'day');
  const sorted = [...items].sort(byUrgency);
  return {
    now: sorted.filter((item) => item.overdue || !item.due || !dayjs(item.due).isAfter(horizon, 'day')),
    later: sorted.filter((item) => !item.overdue && item.due && dayjs(item.due).isAfter(horizon, 'day')),
  };
}

function byUrgency(a: InboxItem, b: InboxItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due && b.due) return a.due.localeCompare(b.due);
  if (a.due || b.due) return a.due ? -1 : 1;
  return 0;
}
