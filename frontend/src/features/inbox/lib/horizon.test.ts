import type { InboxItem } from '../api/inbox';
import { groupByHorizon } from './horizon';

function item(title: string, due: string | undefined, overdue = false): InboxItem {
  return { kind: 'SHEET_TO_FILL', role: 'unit-officer', objectType: 'SCORE_SHEET', objectId: title, title, due, overdue, route: '/' };
}

describe('groupByHorizon', () => {
  it('keeps overdue, due within 14 days and undated items now, overdue first, and folds later deadlines', () => {
    const groups = groupByHorizon(
      [item('in 20 days', '2026-12-18'), item('undated', undefined), item('in 14 days', '2026-12-12'), item('in 3 days', '2026-12-01'), item('overdue', '2026-11-20', true)],
      '2026-11-28',
    );
    expect(groups.now.map((i) => i.title)).toEqual(['overdue', 'in 3 days', 'in 14 days', 'undated']);
    expect(groups.later.map((i) => i.title)).toEqual(['in 20 days']);
  });

  it('puts nothing later when every deadline is near', () => {
    expect(groupByHorizon([item('tomorrow', '2026-11-29')], '2026-11-28').later).toEqual([]);
  });
});
