import dayjs from 'dayjs';

/** Dates are shown dd/MM/yyyy whatever the language; the API sends ISO dates (yyyy-MM-dd). */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** A calendar date (yyyy-MM-dd from the API) as dd/MM/yyyy; empty for none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_FORMAT) : value;
}

// Instants are shown at the ministry's clock (Vietnam, UTC+7), whatever the browser's zone.
const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant (ISO with offset, from the API) as dd/MM/yyyy HH:mm in Vietnam; empty for none. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const part = (type: Intl.DateTimeFormatPartTypes) => VIETNAM_TIME.formatToParts(at).find((p) => p.type === type)!.value;
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
