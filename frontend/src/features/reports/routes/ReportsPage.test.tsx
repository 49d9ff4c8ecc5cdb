import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { admin, officer, TGPL_ID } from '@/testing/fixtures';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { AwardsReport, UnitHistory } from '../api/reports';
import { ReportsPage } from './ReportsPage';

const awards: AwardsReport = {
  awards: 10,
  individualAwards: 8,
  collectiveAwards: 2,
  byLevel: [
    { level: 'MINISTRY', awards: 6, individualAwards: 5, collectiveAwards: 1, share: 0.6 },
    { level: 'PROVINCIAL', awards: 2, individualAwards: 2, collectiveAwards: 0, share: 0.2 },
    { level: 'DISTRICT', awards: 1, individualAwards: 1, collectiveAwards: 0, share: 0.1 },
    { level: 'COMMUNE', awards: 1, individualAwards: 0, collectiveAwards: 1, share: 0.1 },
  ],
  staff: { individualAwards: 8, leaderAwards: 5, frontlineAwards: 3, frontlineShare: 0.375, communeFrontlineAwards: 0 },
  byAwardType: [{ awardTypeCode: 'LDTT', awardTypeName: 'Lao động tiên tiến', awards: 8, ministry: 5, provincial: 2, district: 1, commune: 0, frontline: 3 }],
  byYear: [{ year: 2025, awards: 10, commune: 1, frontline: 3 }],
  byUnitKind: [],
};

const history: UnitHistory = {
  unitId: officer.unitId!,
  unitName: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  lineage: [
    { unitId: officer.unitId!, name: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý', validFrom: '2025-03-01' },
    { unitId: 'old', name: 'Cục Trợ giúp pháp lý', validFrom: '2008-01-01', validTo: '2025-02-28' },
  ],
  years: [{ year: 2024, collectiveAwards: 1, individualAwards: 0 }],
  awards: [{ year: 2024, awardTypeCode: 'CO_NGANH', awardTypeName: 'Cờ thi đua của Bộ Tư pháp', individual: false, unitName: 'Cục Trợ giúp pháp lý', awards: 1 }],
  scores: [],
};

describe('Reports page', () => {
  it('shows how far awards reach by level and staff, and exports the table to Excel with progress', async () => {
    let release: () => void = () => {};
    const fake = fakeApi({
      'GET /api/v1/me': () => admin,
      'GET /api/v1/reports/awards': () => awards,
      'GET /api/v1/reports/awards/export': () =>
        new Response('x', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } }),
    });
    // the export answers only when released, so the progress note can be seen
    const slowFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/export')) await new Promise<void>((resolve) => (release = resolve));
      return fake.fetch(input, init);
    }) as typeof globalThis.fetch;
    const api = { ...fake, fetch: slowFetch };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderWithProviders(<ReportsPage />, { api });
    await screen.findByText('Lao động tiên tiến', {}, { timeout: 5000 });
    const table = screen.getAllByRole('table')[0];
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['Cấp Bộ', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã']);
    expect(within(rows[3]).getByText('1 (10%)')).toBeInTheDocument();
    expect(screen.getByText('Trực tiếp: 3 (37,5%)')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đang chuẩn bị tệp');
    release();
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(fake.queriesTo('/api/v1/reports/awards/export')[0].get('format')).toBe('xlsx');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(URL.createObjectURL).toHaveBeenCalled();
  });

  it('gives unit staff their own unit history only, predecessors included', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/reports/units/{id}/history': () => history,
    });
    renderWithProviders(<ReportsPage />, { api });
    expect(await screen.findByText('Gồm cả đơn vị tiền thân: Cục Trợ giúp pháp lý')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Khen thưởng và độ bao phủ' })).toBeNull();
    expect(screen.getByText('1 tập thể, 0 cá nhân')).toBeInTheDocument();
    expect(api.requests.some((r) => r.url.includes('/reports/awards'))).toBe(false);
  });

  it('lets a sector-wide reader pick any unit by typing its name without accents', async () => {
    const user = userEvent.setup();
    const other = '00000000-0000-4000-8000-000000000203';
    const api = fakeApi({
      'GET /api/v1/me': () => ({ ...admin, roles: ['viewer'] }),
      'GET /api/v1/reports/awards': () => awards,
      'GET /api/v1/units': (url) =>
        page(url.searchParams.get('q') === 'hanh chinh' ? [{ id: other, name: 'Cục Hành chính tư pháp', kind: 'CUC', validFrom: '2025-03-01', version: 1 }] : []),
      'GET /api/v1/reports/units/{id}/history': (url) =>
        url.pathname.includes(other)
          ? { ...history, unitId: other, unitName: 'Cục Hành chính tư pháp', lineage: [], years: [{ year: 2026, collectiveAwards: 1, individualAwards: 0 }] }
          : { ...history, unitId: TGPL_ID, unitName: 'Cục Công nghệ thông tin', lineage: [] },
    });
    renderWithProviders(<ReportsPage />, { api });
    await user.click(await screen.findByRole('tab', { name: 'Lịch sử đơn vị' }));
    // Opens on the reader's own unit.
    expect(await screen.findByRole('heading', { name: 'Cục Công nghệ thông tin' })).toBeInTheDocument();

    const picker = screen.getByRole('combobox', { name: 'Chọn đơn vị (gõ tên, không cần dấu)' });
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'hanh chinh' } });
    await waitFor(() => expect(api.queriesTo('/api/v1/units').some((q) => q.get('q') === 'hanh chinh')).toBe(true));
    fireEvent.click(await screen.findByTitle('Cục Hành chính tư pháp'));

    expect(await screen.findByRole('heading', { name: 'Cục Hành chính tư pháp' })).toBeInTheDocument();
    expect(api.requests.some((r) => r.url.includes(`/reports/units/${other}/history`))).toBe(true);
    expect(screen.getByText('1 tập thể, 0 cá nhân')).toBeInTheDocument();
  });

  it('gives unit staff no unit picker', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/reports/units/{id}/history': () => history,
    });
    renderWithProviders(<ReportsPage />, { api });
    await screen.findByText('Gồm cả đơn vị tiền thân: Cục Trợ giúp pháp lý');
    expect(screen.queryByRole('combobox', { name: 'Chọn đơn vị (gõ tên, không cần dấu)' })).toBeNull();
  });
});
