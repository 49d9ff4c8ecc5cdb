import type { TFunction } from 'i18next';
import i18n from '@/i18n';

/**
 * The label of a code the API sends (a status, a history action) from a dictionary group, e.g.
 * `codeLabel(t, 'history.actions', 'put-on-agenda')`. A code the dictionary does not know yet shows the fallback,
 * never the raw code: a Vietnamese reader would not understand `PUBLIC_COMMENT`. Several groups are tried in order.
 */
export function codeLabel(t: TFunction, group: string | string[], code: string | null | undefined, fallback = ''): string {
  if (!code) return '';
  const key = (Array.isArray(group) ? group : [group]).map((g) => `${g}.${code}`).find((k) => i18n.exists(k));
  return key ? (t as unknown as (key: string) => string)(key) : fallback;
}
