import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Inbox } from '@/features/inbox/api/inbox';
import { admin, officer } from '@/testing/fixtures';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { HomePage } from './HomePage';

const inbox: Inbox = {
  asOf: '2026-11-28',
  roles: ['unit-officer'],
  unitId: officer.unitId,
  total: 2,
  overdue: 1,
  items: [
    {
      kind: 'CAMPAIGN_REPORT_DUE',
      role: 'unit-officer',
      objectType: 'CAMPAIGN',
      objectId: 'c1',
      title: 'Phong trào năm 2026',
      detail: 'INTERIM',
      due: '2026-11-27',
      overdue: true,
      workingDaysLeft: -1,
      route: '/campaigns/c1',
    },
    {
      kind: 'SHEET_TO_FILL',
      role: 'unit-officer',
      objectType: 'SCORE_SHEET',
      objectId: 's1',
      title: 'Cụm thi đua số III',
      detail: 'RETURNED',
      overdue: false,
      route: '/scoring/sheets/s1',
    },
  ],
};

describe('Home page inbox', () => {
  it('puts the overdue item first in red and opens an item in one click', async () => {
    const { router } = renderWithProviders(null, {
      api: fakeApi({ 'GET /api/v1/me': () => officer, 'GET /api/v1/inbox': () => inbox }),
      routes: [
        { path: '/', element: <HomePage /> },
        { path: '/scoring/sheets/:id', element: <p>sheet page</p> },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Việc cần làm' }).catch(() => screen.findByLabelText('Việc cần làm'));
    const items = within(list).getAllByTestId('inbox-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Nộp báo cáo')).toBeInTheDocument();
    expect(within(items[0]).getByText('Báo cáo sơ kết')).toBeInTheDocument();
    expect(within(items[0]).getByText(/Quá hạn từ 27\/11\/2026/)).toBeInTheDocument();
    expect(within(items[0]).getByText('quá hạn 1 ngày làm việc')).toBeInTheDocument();
    expect(within(items[1]).queryByTestId('working-days-left')).toBeNull(); // no deadline, no count
    expect(screen.getByText('Có 1 việc đã quá hạn — xử lý trước.')).toBeInTheDocument();
    expect(within(items[1]).getByText('Trạng thái: ' + 'Bị trả lại', { exact: false })).toBeInTheDocument();
    await userEvent.click(within(items[1]).getByRole('link', { name: /Cụm thi đua số III/ }));
    expect(router.state.location.pathname).toBe('/scoring/sheets/s1');
  });

  it('says what to do when nothing waits', async () => {
    renderWithProviders(<HomePage />, {
      api: fakeApi({
        'GET /api/v1/me': () => admin,
        'GET /api/v1/inbox': () => ({ ...inbox, roles: ['viewer'], total: 0, overdue: 0, items: [] }),
      }),
    });
    expect(await screen.findByText(/Không có việc nào đang chờ bạn\. Xem tình hình chung ở mục Báo cáo\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Xin chào, / })).toBeInTheDocument();
  });
});
