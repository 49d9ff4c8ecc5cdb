import { formatDate, formatDateTime } from './format';

describe('formatDate', () => {
  it('shows an ISO date as dd/MM/yyyy, nothing for none', () => {
    expect(formatDate('2026-12-03')).toBe('03/12/2026');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows an instant at Vietnam’s clock as dd/MM/yyyy HH:mm', () => {
    expect(formatDateTime('2026-12-03T17:30:00Z')).toBe('04/12/2026 00:30');
    expect(formatDateTime('2026-01-05T08:05:00+07:00')).toBe('05/01/2026 08:05');
  });

  it('shows nothing for none and leaves what is not an instant as it is', () => {
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('soon')).toBe('soon');
  });
});
