import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { StatisticsCell, StatisticsForm } from '../api/statistics';
import { StatisticsTab } from './StatisticsTab';

const form0601: StatisticsForm = {
  form: '0601',
  code: '0601.N/BNV-TĐKT',
  title: 'SỐ PHONG TRÀO THI ĐUA',
  issuedBy: 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ',
  year: 2019,
  reportingUnit: 'Bộ Tư pháp',
  receivingUnit: 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)',
  receivedBy: 'Ngày 15 tháng 12 năm báo cáo',
  unitOfMeasure: 'Phong trào',
  columns: [
    { key: '1', number: '1 = (2+3+4)', label: 'Tổng số' },
    { key: '3', number: '3', group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua', label: 'Cấp bộ' },
  ],
  rows: [
    { code: '01', label: 'Tổng số', indent: 0, cells: [2, 2] },
    { label: '1. Chia theo phạm vi tổ chức thi đua', indent: 0, cells: [] },
    { code: '03', label: 'Bộ, ban, ngành đoàn thể, địa phương', indent: 1, cells: [2, 2] },
  ],
  unclassified: [],
  notes: ['Đếm các phong trào đã phát động.'],
};

const cell: StatisticsCell = {
  form: '0601',
  year: 2019,
  row: '03',
  column: '3',
  count: 2,
  records: [
    { id: 'c1', kind: 'CAMPAIGN', label: 'Thi đua chuyên đề năm 2019', detail: '01/01/2019 – 31/12/2019', date: '2019-01-01' },
    { id: 'c2', kind: 'CAMPAIGN', label: 'Thi đua thường xuyên năm 2019', detail: '01/01/2019 – 31/12/2019', date: '2019-01-01' },
  ],
};

describe('Statistics forms tab', () => {
  it('shows the form of the chosen year with its header, opens the records of a figure and downloads Excel', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/reports/statistics/{form}': (url) =>
        url.searchParams.get('year') === '2019' ? form0601 : { ...form0601, year: Number(url.searchParams.get('year')), rows: [] },
      'GET /api/v1/reports/statistics/{form}/cells': () => cell,
      'GET /api/v1/reports/statistics/{form}/export': () =>
        new Response('x', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } }),
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderWithProviders(<StatisticsTab />, { api });
    const year = await screen.findByRole('spinbutton', { name: 'Năm báo cáo' });
    await user.clear(year);
    await user.type(year, '2019');
    await user.tab();
    expect(await screen.findByText('SỐ PHONG TRÀO THI ĐUA — Năm báo cáo 2019')).toBeInTheDocument();
    expect(screen.getByText('0601.N/BNV-TĐKT')).toBeInTheDocument();
    expect(screen.getByText('Phong trào')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xem 2 bản ghi của dòng 03, cột 3' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Thi đua chuyên đề năm 2019')).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/reports/statistics/0601/cells')[0].get('row')).toBe('03');

    await user.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const exported = api.queriesTo('/api/v1/reports/statistics/0601/export')[0];
    expect(exported.get('format')).toBe('xlsx');
    expect(exported.get('year')).toBe('2019');
  });

  it('says in Vietnamese when the year has no emulation period', async () => {
    const api = fakeApi({
      'GET /api/v1/reports/statistics/{form}': () =>
        new Response(JSON.stringify({ status: 404, title: 'Không tìm thấy', detail: 'Năm 2026 không có kỳ thi đua nào nên chưa lập được biểu thống kê.' }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    renderWithProviders(<StatisticsTab />, { api });
    expect(await screen.findByText(/không có kỳ thi đua nào/)).toBeInTheDocument();
  });

  it('lets the secretariat record the award method of an unclassified ledger row, and not a viewer', async () => {
    const user = userEvent.setup();
    const form0602: StatisticsForm = {
      ...form0601,
      form: '0602',
      unclassified: [{ id: 'a1', kind: 'AWARD', label: 'Nguyễn Văn A — Bằng khen', missing: 'phương thức khen thưởng' }],
    };
    let put: Request | undefined;
    const api = fakeApi({
      'GET /api/v1/me': () => ({ username: 'secretariat', roles: ['secretariat'] }),
      'GET /api/v1/reports/statistics/{form}': () => form0602,
      'PUT /api/v1/awards/{id}/method': (_url, request) => {
        put = request;
        return { id: 'a1' };
      },
    });
    renderWithProviders(<StatisticsTab />, { api });
    const picker = await screen.findByRole('combobox', { name: 'Phương thức khen thưởng' });
    await user.click(picker);
    await user.click(await screen.findByTitle('Đột xuất'));
    await user.click(screen.getByRole('button', { name: 'Lưu phân loại' }));
    await waitFor(() => expect(put).toBeDefined());
    expect(put!.url).toMatch(/\/api\/v1\/awards\/a1\/method$/);
    expect(await put!.json()).toEqual({ method: 'AD_HOC' });
  });

  it('shows no award method picker to a viewer', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => ({ username: 'viewer', roles: ['viewer'] }),
      'GET /api/v1/reports/statistics/{form}': () => ({
        ...form0601,
        unclassified: [{ id: 'a1', kind: 'AWARD', label: 'Nguyễn Văn A — Bằng khen', missing: 'phương thức khen thưởng' }],
      }),
    });
    renderWithProviders(<StatisticsTab />, { api });
    expect(await screen.findByText(/Nguyễn Văn A — Bằng khen/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Phương thức khen thưởng' })).toBeNull();
  });
});

