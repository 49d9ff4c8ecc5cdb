import dayjs from 'dayjs';

/** Dates are shown dd/MM/yyyy whatever the language; the API sends ISO dates (yyyy-MM-dd). */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_FORMAT) : value;
}
