import { screen, within } from '@testing-library/react';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Ranking } from '../api/scoring';
import { RankingPage } from './RankingPage';

const ranking: Ranking = {
  clusterId: 'c1',
  clusterName: 'Cụm thi đua số III',
  periodId: 'p1',
  published: false,
  tieBreak: ['SECTION:A', 'FEWER_DEDUCTIONS'],
  rows: [
    { rank: 1, tied: false, unitId: 'u1', unitName: 'Cục A', sheetId: 's1', status: 'LOCKED', total: 99.5, selfTotal: 100, deductions: 0, tieBreakValues: [60, 0] },
    { rank: 2, tied: true, unitId: 'u2', unitName: 'Cục B', sheetId: 's2', status: 'VERIFIED', total: 87.75, selfTotal: 91, deductions: -2, tieBreakValues: [52, -2] },
    { rank: 2, tied: true, unitId: 'u3', unitName: 'Cục C', sheetId: 's3', status: 'SUBMITTED', total: 87.75, selfTotal: 87.75, deductions: -2, tieBreakValues: [52, -2] },
  ],
  pendingUnits: [{ unitId: 'u4', unitName: 'Vụ Hợp tác quốc tế' }],
};

describe('Ranking page', () => {
  it('ranks the units, flags the tie for the vote and names who has not submitted', async () => {
    renderWithProviders(<RankingPage />, {
      api: fakeApi({
        'GET /api/v1/clusters/{id}/ranking': () => ranking,
        'GET /api/v1/clusters/{id}/score-cuts': () => ({ clusterId: 'c1', byUnit: [], byCriterion: [] }),
      }),
      route: '/scoring/clusters/c1/ranking',
      routes: [{ path: '/scoring/clusters/:id/ranking', element: <RankingPage /> }],
    });

    const table = await screen.findByRole('table', { name: 'Bảng xếp hạng thi đua' }).catch(() => screen.getAllByRole('table')[0]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['1', '2', '2']);
    expect(within(rows[1]).getByText('Đồng hạng')).toBeInTheDocument();
    expect(within(rows[0]).queryByText('Đồng hạng')).toBeNull();
    expect(screen.getByText('Dự thảo — chưa khóa hết bảng điểm')).toBeInTheDocument();
    expect(screen.getByText(/Điểm phần A cao hơn → Ít điểm trừ hơn/)).toBeInTheDocument();
    expect(screen.getByText(/Vụ Hợp tác quốc tế/)).toBeInTheDocument();
  });
});
