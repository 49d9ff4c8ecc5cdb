import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { DueList, DueListRow } from '../api/dueLists';
import { DueListsPage } from './DueListsPage';

const row = (over: Partial<DueListRow>): DueListRow => ({
  kind: 'CSTD_NGANH',
  standing: 'ELIGIBLE',
  personId: 'p1',
  personName: 'Lê Thị Đủ',
  unitId: 'u1',
  unitName: 'Phòng Tư pháp huyện Hữu Lũng',
  unitKind: 'PHONG_TU_PHAP',
  frontline: true,
  awardTypeId: 'a3',
  awardTypeCode: 'CSTD_NGANH',
  awardTypeName: 'Chiến sĩ thi đua ngành Tư pháp',
  ruleId: 'R-CSTD-BO',
  ruleName: 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua ngành Tư pháp',
  legalSource: 'Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15',
  explanation: '3 năm liên tục đạt Chiến sĩ thi đua cơ sở (2023–2025)',
  ...over,
});

const list: DueList = {
  year: 2025,
  periodId: 'y2025',
  eligible: 1,
  almost: 1,
  eligibleFrontline: 1,
  page: 0,
  size: 20,
  total: 2,
  items: [
    row({}),
    row({
      personId: 'p2',
      personName: 'Phạm Văn Thiếu',
      standing: 'ALMOST',
      frontline: false,
      explanation: '3 năm liên tục nhưng chưa có sáng kiến cấp Bộ chưa sử dụng',
      missing: 'chưa có sáng kiến cấp Bộ chưa sử dụng',
    }),
  ],
};

describe('Due-lists page', () => {
  it('shows eligible and almost rows with the rule, its source, the missing piece and the frontline count', async () => {
    const fake = fakeApi({ 'GET /api/v1/me': () => officer, 'GET /api/v1/due-lists': () => list });
    renderWithProviders(<DueListsPage />, { api: fake, route: '/due-lists' });

    const table = await screen.findByRole('table', { name: 'Đủ điều kiện đề nghị' });
    const eligible = (await within(table).findByText('Lê Thị Đủ')).closest('tr')!;
    expect(within(eligible).getByText('Đủ điều kiện')).toBeInTheDocument();
    expect(within(eligible).getByText('Cấp xã/huyện')).toBeInTheDocument();
    expect(within(eligible).getByText('Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15')).toBeInTheDocument();
    const almost = within(table).getByText('Phạm Văn Thiếu').closest('tr')!;
    expect(within(almost).getByText('Còn thiếu: chưa có sáng kiến cấp Bộ chưa sử dụng')).toBeInTheDocument();
    expect(within(almost).queryByRole('button', { name: 'Lập hồ sơ nháp' })).toBeNull(); // not eligible yet
    expect(screen.getByText('Trong đó cấp xã/huyện')).toBeInTheDocument();
    expect(fake.queriesTo('/api/v1/due-lists')[0].get('year')).toMatch(/^\d{4}$/);
  });

  it('drafts a dossier in one click with the row’s award, person and period', async () => {
    const fake = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/due-lists': () => list,
      'POST /api/v1/nominations': () => ({ id: 'n9' }),
    });
    renderWithProviders(<DueListsPage />, { api: fake, route: '/due-lists' });

    const table = await screen.findByRole('table', { name: 'Đủ điều kiện đề nghị' });
    const eligible = (await within(table).findByText('Lê Thị Đủ')).closest('tr')!;
    fireEvent.click(await within(eligible).findByRole('button', { name: 'Lập hồ sơ nháp' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/nominations'))).toBe(true));
    const post = fake.requests.find((r) => r.method === 'POST')!;
    const body = (await post.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({ awardTypeId: 'a3', periodId: 'y2025', personId: 'p1' });
  });

  it('offers no draft to the secretariat and links a row that already has a dossier', async () => {
    const fake = fakeApi({
      'GET /api/v1/me': () => ({ ...officer, roles: ['secretariat'] }),
      'GET /api/v1/due-lists': () => ({ ...list, items: [row({ dossierId: 'n7' })] }),
    });
    renderWithProviders(<DueListsPage />, { api: fake, route: '/due-lists' });

    const table = await screen.findByRole('table', { name: 'Đủ điều kiện đề nghị' });
    expect(await within(table).findByRole('link', { name: 'Xem hồ sơ' })).toHaveAttribute('href', '/nominations/n7');
    expect(within(table).queryByRole('button', { name: 'Lập hồ sơ nháp' })).toBeNull();
  });

  it('lists a unit due a Prime Minister’s Certificate and drafts the unit’s dossier; a unit one year short is not draftable', async () => {
    const unitRow = row({
      kind: 'BK_TTG_UNIT',
      personId: undefined,
      personName: undefined,
      unitId: 'u7',
      unitName: 'Phòng Tư pháp Năm năm xuất sắc',
      awardTypeId: 'a11',
      awardTypeCode: 'BK_TTG',
      awardTypeName: 'Bằng khen của Thủ tướng Chính phủ',
      ruleId: 'R-BK-TTG-TT',
      ruleName: 'Bằng khen của Thủ tướng Chính phủ tặng tập thể (thành tích nhiều năm)',
      legalSource: 'Khoản 2 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15',
      explanation: 'Tập thể lao động xuất sắc liên tục các năm 2021–2025; trong thời gian đó có 1 lần Cờ thi đua ngành Tư pháp',
    });
    const shortRow = row({
      ...unitRow,
      unitId: 'u8',
      unitName: 'Phòng Tư pháp Bốn năm',
      standing: 'ALMOST',
      missing: 'Chưa đạt Tập thể lao động xuất sắc các năm 2021',
    });
    const fake = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/due-lists': () => ({ ...list, items: [unitRow, shortRow] }),
      'POST /api/v1/nominations': () => ({ id: 'n10' }),
    });
    renderWithProviders(<DueListsPage />, { api: fake, route: '/due-lists' });

    const table = await screen.findByRole('table', { name: 'Đủ điều kiện đề nghị' });
    const eligible = (await within(table).findByText('Phòng Tư pháp Năm năm xuất sắc')).closest('tr')!;
    expect(within(eligible).getByText(/R-BK-TTG-TT/)).toBeInTheDocument();
    const almost = within(table).getByText('Phòng Tư pháp Bốn năm').closest('tr')!;
    expect(within(almost).getByText('Còn thiếu: Chưa đạt Tập thể lao động xuất sắc các năm 2021')).toBeInTheDocument();
    expect(within(almost).queryByRole('button', { name: 'Lập hồ sơ nháp' })).toBeNull();
    fireEvent.click(within(eligible).getByRole('button', { name: 'Lập hồ sơ nháp' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    const body = (await fake.requests.find((r) => r.method === 'POST')!.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({ awardTypeId: 'a11', periodId: 'y2025', nomineeUnitId: 'u7' });
    expect(body.personId).toBeUndefined();
  });
});
