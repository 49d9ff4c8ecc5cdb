import { screen, within } from '@testing-library/react';
import { fakeApi, jsonResponse, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { YearDashboard } from '../api/reports';
import { YearDashboardPage } from './YearDashboardPage';

const dashboard: YearDashboard = {
  periodId: 'p-2026',
  periodLabel: '2026',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  clusters: [
    {
      clusterId: 'c3',
      clusterName: 'Cụm thi đua số III – khối các đơn vị thuộc Bộ',
      members: 6,
      submittedSheets: 4,
      verifiedSheets: 3,
      lockedSheets: 1,
      rankingPublished: false,
      elections: 1,
      electionsHeld: 0,
      dossiers: 2,
    },
    {
      clusterId: 'c4',
      clusterName: 'Cụm thi đua Sở Tư pháp miền núi phía Bắc',
      members: 2,
      submittedSheets: 2,
      verifiedSheets: 2,
      lockedSheets: 2,
      rankingPublished: true,
      elections: 1,
      electionsHeld: 1,
      dossiers: 0,
    },
  ],
  participation: {
    campaigns: 2,
    targetUnits: 8,
    registeredUnits: 6,
    finalReports: 1,
    registeredShare: 0.75,
    registrationsByStatus: [
      { status: 'DRAFT', registrations: 1 },
      { status: 'SUBMITTED', registrations: 2 },
      { status: 'APPROVED', registrations: 4 },
      { status: 'RETURNED', registrations: 0 },
    ],
  },
  dossiersByState: [
    { status: 'SUBMITTED', dossiers: 1 },
    { status: 'APPRAISING', dossiers: 1 },
  ],
  awardsByLevel: [
    { level: 'UNIT', individualAwards: 3, collectiveAwards: 1 },
    { level: 'MINISTRY', individualAwards: 1, collectiveAwards: 0 },
    { level: 'GOVERNMENT', individualAwards: 0, collectiveAwards: 0 },
    { level: 'STATE', individualAwards: 0, collectiveAwards: 0 },
  ],
};

describe('Year dashboard', () => {
  it("shows where each cluster stands and the year's figures", async () => {
    const api = fakeApi({
      'GET /api/v1/periods': () => page([{ id: 'p-2026', label: '2026', startDate: '2026-01-01', endDate: '2026-12-31', version: 0 }]),
      'GET /api/v1/reports/year-dashboard': () => jsonResponse(dashboard),
    });
    renderWithProviders(<YearDashboardPage />, { api, route: '/dashboard' });

    expect(await screen.findByRole('heading', { name: 'Bảng điều hành năm thi đua 2026' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Tiến độ các cụm, khối thi đua' });
    const first = within(table).getByText('Cụm thi đua số III – khối các đơn vị thuộc Bộ').closest('tr')!;
    expect(within(first).getByText('4 / 3 / 1')).toBeInTheDocument();
    expect(within(first).getByText('Chưa công bố')).toBeInTheDocument();
    expect(within(first).getByText('0/1')).toBeInTheDocument();
    const second = within(table).getByText('Cụm thi đua Sở Tư pháp miền núi phía Bắc').closest('tr')!;
    expect(within(second).getByText('Đã công bố')).toBeInTheDocument();
    expect(screen.getByText('75%')).toBeInTheDocument();
    expect(screen.getByText('2 phong trào · 8 lượt đơn vị được phát động · 6 đã đăng ký · 1 đã báo cáo tổng kết')).toBeInTheDocument();
    // The current period is asked for without naming it.
    expect(api.queriesTo('/api/v1/reports/year-dashboard')[0].get('periodId')).toBeNull();
  });

  it('says so when the period has no cluster, dossier or award yet', async () => {
    const api = fakeApi({
      'GET /api/v1/periods': () => page([]),
      'GET /api/v1/reports/year-dashboard': () =>
        jsonResponse({ ...dashboard, clusters: [], dossiersByState: [], awardsByLevel: dashboard.awardsByLevel.map((l) => ({ ...l, individualAwards: 0, collectiveAwards: 0 })) }),
    });
    renderWithProviders(<YearDashboardPage />, { api, route: '/dashboard' });

    expect(await screen.findByText('Kỳ này chưa có cụm, khối thi đua')).toBeInTheDocument();
    expect(screen.getByText('Kỳ này chưa có hồ sơ đề nghị')).toBeInTheDocument();
    expect(screen.getByText('Chưa có khen thưởng nào trong năm')).toBeInTheDocument();
  });
  it('offers the secretariat to enter an ended period as history', async () => {
    const me = { username: 'secretariat', roles: ['secretariat'] };
    const ended = { ...dashboard, periodId: 'p-2018', periodLabel: '2018', startDate: '2018-01-01', endDate: '2018-12-31' };
    const api = fakeApi({
      'GET /api/v1/me': () => me,
      'GET /api/v1/periods': () => page([]),
      'GET /api/v1/reports/year-dashboard': () => jsonResponse(ended),
    });
    renderWithProviders(<YearDashboardPage />, { api, route: '/dashboard' });
    expect(await screen.findByRole('link', { name: 'Nhập dữ liệu năm cũ' })).toHaveAttribute('href', '/history/p-2018');
  });

  it('offers no history entry for a period that has not ended', async () => {
    const live = { ...dashboard, endDate: '2099-12-31' };
    const api = fakeApi({
      'GET /api/v1/me': () => ({ username: 'secretariat', roles: ['secretariat'] }),
      'GET /api/v1/periods': () => page([]),
      'GET /api/v1/reports/year-dashboard': () => jsonResponse(live),
    });
    renderWithProviders(<YearDashboardPage />, { api, route: '/dashboard' });
    expect(await screen.findByRole('heading', { name: 'Bảng điều hành năm thi đua 2026' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nhập dữ liệu năm cũ' })).not.toBeInTheDocument();
  });
});
