import type { TFunction } from 'i18next';
import { ApiError } from './problem';

/**
 * A failed request in one line, for places too small for an ErrorAlert (a table cell): the problem's title and
 * detail, already in the user's language, or a translated fallback. Never a raw status line such as "HTTP 413".
 */
export function problemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const { title, detail } = error.problem ?? {};
    if (title && detail) return detail.startsWith(title) ? detail : `${title}: ${detail}`;
    return detail ?? title ?? t('errors.status', { status: error.status });
  }
  return error instanceof TypeError ? t('errors.network') : t('errors.title');
}
