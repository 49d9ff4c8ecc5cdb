import { todayInVietnam } from './today';

describe('todayInVietnam', () => {
  afterEach(() => vi.useRealTimers());

  it('is already the new day at 06:30 in Vietnam, while UTC is still on the day before', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-14T23:30:00Z')); // 06:30 on 15 March in Hà Nội
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-03-14');
    expect(todayInVietnam()).toBe('2026-03-15');
  });

  it('is still the same day at 23:59 in Vietnam', () => {
    expect(todayInVietnam(new Date('2026-03-15T16:59:00Z'))).toBe('2026-03-15');
  });

  it('turns the year at midnight in Vietnam, seven hours before UTC does', () => {
    expect(todayInVietnam(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});
