import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY } from '@/i18n';
import type { Me } from '@/lib/auth/me';
import { fakeApi, page } from '@/testing/fake-api';
import { admin, officer, units } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { routes } from '../router';

function appApi(me: Me) {
  return fakeApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/units': () => page(units),
    'GET /api/v1/inbox': () => ({ asOf: '2026-11-28', roles: me.roles, unitId: me.unitId, total: 0, overdue: 0, items: [] }),
  });
}

async function menuEntries() {
  const nav = await screen.findByRole('navigation');
  return within(nav)
    .getAllByRole('link')
    .map((item) => item.textContent);
}

describe('Application layout', () => {
  it('shows a unit officer the organisation pages but not administration', async () => {
    renderWithProviders(null, { api: appApi(officer), routes });

    expect(await screen.findByText('Xin chào, Nguyễn Thị Cán Bộ')).toBeInTheDocument();
    expect(await menuEntries()).toEqual([
      'Trang chủ',
      'Đơn vị',
      'Cán bộ',
      'Cụm, khối thi đua',
      'Phong trào thi đua',
      'Giao ước thi đua',
      'Chấm điểm thi đua',
      'Bỏ phiếu, suy tôn',
      'Hồ sơ khen thưởng',
      'Đủ điều kiện đề nghị',
      'Quyết định khen thưởng',
      'Sổ khen thưởng',
      'Báo cáo',
      'Danh mục khen thưởng',
      'Tham số quy định',
    ]);
  });

  it('adds administration for an admin', async () => {
    renderWithProviders(null, { api: appApi(admin), routes });

    await screen.findByText('Xin chào, Quản Trị Viên');
    expect(await menuEntries()).toContain('Quản trị');
  });

  it('refuses the administration page to a unit officer who types its address', async () => {
    renderWithProviders(null, { api: appApi(officer), routes, route: '/admin' });

    // The page is loaded lazily: allow the slow first import of its chunk.
    expect(await screen.findByText('Bạn không có quyền xem trang này', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('welcomes the user with their roles and unit', async () => {
    renderWithProviders(null, { api: appApi(officer), routes });

    const main = await screen.findByRole('main');
    expect(await within(main).findByText('Cán bộ thi đua, khen thưởng của đơn vị')).toBeInTheDocument();
    expect(within(main).getByText('Cục Trợ giúp pháp lý')).toBeInTheDocument();
    expect(within(main).queryByText('offline_access')).not.toBeInTheDocument();
  });

  it('switches the labels to English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderWithProviders(null, { api: appApi(officer), routes });
    await screen.findByText('Xin chào, Nguyễn Thị Cán Bộ');

    await user.click(screen.getByText('EN'));

    expect(await screen.findByText('Welcome, Nguyễn Thị Cán Bộ')).toBeInTheDocument();
    expect(await menuEntries()).toEqual(['Home', 'Units', 'People', 'Clusters and blocks', 'Campaigns', 'Covenants', 'Scoring', 'Voting', 'Nominations', 'Due for a proposal', 'Award decisions', 'Awards ledger', 'Reports', 'Award catalog', 'Rule parameters']);
    expect(screen.getByRole('button', { name: /Log out/ })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('signs out through the identity provider', async () => {
    const user = userEvent.setup();
    const { auth } = renderWithProviders(null, { api: appApi(officer), routes });
    await screen.findByText('Xin chào, Nguyễn Thị Cán Bộ');

    await user.click(screen.getByRole('button', { name: /Đăng xuất/ }));

    expect(auth.signoutRedirect).toHaveBeenCalled();
  });

  it('folds the menu into a drawer and the name and "Đăng xuất" into a dropdown on a phone', async () => {
    window.innerWidth = 390;
    const user = userEvent.setup();
    const { auth } = renderWithProviders(null, { api: appApi(officer), routes });
    await screen.findByText('Xin chào, Nguyễn Thị Cán Bộ');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: /Đăng xuất/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Mở menu' }));
    expect(await menuEntries()).toContain('Báo cáo');
    expect(await menuEntries()).not.toContain('Quản trị');

    await user.click(screen.getByRole('button', { name: 'Tài khoản: Nguyễn Thị Cán Bộ' }));
    await user.click(await screen.findByText('Đăng xuất'));
    expect(auth.signoutRedirect).toHaveBeenCalled();
  });
});
