import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Me } from '@/lib/auth/me';
import type { RuleParameter } from '../api/catalog';
import { RuleParametersPage } from './RuleParametersPage';

const v2017: RuleParameter = {
  id: 'r1',
  ruleId: 'R-CSTDCS-QUOTA',
  key: 'maxShareOfLdtt',
  valueType: 'DECIMAL',
  value: '0.15',
  description: 'Số CSTĐCS không quá tỷ lệ này trên tổng số cá nhân đạt LĐTT của đơn vị',
  effectiveFrom: '2017-07-31',
  effectiveTo: '2023-12-31',
  legalInstrument: 'Nghị định 91/2017/NĐ-CP',
  legalArticle: 'Điều 9 khoản 3',
  verified: true,
  createdBy: 'migration',
  createdAt: '2026-01-01T00:00:00Z',
  version: 0,
};
const v2024: RuleParameter = { ...v2017, id: 'r2', effectiveFrom: '2024-01-01', effectiveTo: undefined, legalInstrument: 'Nghị định 98/2023/NĐ-CP', legalArticle: undefined, verified: false };

const secretariat: Me = { username: 'secretariat', displayName: 'Thư Ký', roles: ['secretariat'], unitId: 'u10', unitName: 'Vụ Tổ chức cán bộ' };
const viewer: Me = { ...secretariat, username: 'viewer', roles: ['viewer'] };

function rulesApi(me: Me) {
  return fakeApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/rule-parameters': (url) => page(url.searchParams.get('asOf')! < '2024-01-01' ? [v2017] : [v2024]),
    'GET /api/v1/rule-parameters/{id}/versions': () => [v2017, v2024],
    'POST /api/v1/rule-parameters/{id}/revisions': () => jsonResponse({ ...v2024, id: 'r3', value: '0.2' }, 201),
  });
}

describe('Rule parameters page', () => {
  it('answers with the version in force on the date asked', async () => {
    const api = rulesApi(viewer);
    renderWithProviders(<RuleParametersPage />, { api, route: '/rule-parameters?asOf=2020-06-30' });

    const row = (await screen.findByText('Nghị định 91/2017/NĐ-CP', { exact: false })).closest('tr')!;
    expect(within(row).getByText('31/07/2017 – 31/12/2023')).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/rule-parameters')[0].get('asOf')).toBe('2020-06-30');
    expect(screen.queryByRole('button', { name: 'Đổi giá trị từ ngày' })).not.toBeInTheDocument();
  });

  it('shows every version of a parameter', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RuleParametersPage />, { api: rulesApi(viewer), route: '/rule-parameters?asOf=2026-01-01' });

    await user.click(await screen.findByRole('button', { name: v2024.description }));

    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getAllByRole('row')).toHaveLength(3));
    expect(within(drawer).getByText('Chưa xác minh')).toBeInTheDocument();
    expect(within(drawer).getByText('Đến nay')).toBeInTheDocument();
  });

  it('lets the secretariat add a dated version', async () => {
    const user = userEvent.setup();
    const api = rulesApi(secretariat);
    renderWithProviders(<RuleParametersPage />, { api, route: '/rule-parameters?asOf=2026-01-01' });

    await user.click(await screen.findByRole('button', { name: 'Đổi giá trị từ ngày' }));
    const dialog = await screen.findByRole('dialog');
    const value = within(dialog).getByLabelText('Giá trị (số thập phân)');
    await user.clear(value);
    await user.type(value, '0.2');
    await user.click(within(dialog).getByLabelText('Hiệu lực từ'));
    await user.keyboard('01/07/2026{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu phiên bản mới' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/rule-parameters/r2/revisions');
    expect(await post.json()).toEqual({
      value: '0.2',
      effectiveFrom: '2026-07-01',
      legalInstrument: 'Nghị định 98/2023/NĐ-CP',
      verified: false,
    });
  });
});
