/** Calendar days of the ministry: Vietnam's (UTC+7, no daylight saving), whatever the browser's or server's zone. */
const VIETNAM_DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today in Vietnam as an ISO date (yyyy-MM-dd), the form the API takes. `toISOString()` would give the UTC day,
 * which is still yesterday between 00:00 and 07:00 in Vietnam.
 */
export function todayInVietnam(now: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => VIETNAM_DAY.formatToParts(now).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
