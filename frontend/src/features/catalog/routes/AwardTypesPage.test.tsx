import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { AwardType } from '../api/catalog';
import { AwardTypesPage } from './AwardTypesPage';

const cstdcs: AwardType = {
  id: 'a1',
  code: 'CSTDCS',
  name: 'Chiến sĩ thi đua cơ sở',
  kind: 'TITLE',
  subject: 'INDIVIDUAL',
  level: 'UNIT',
  decidedBy: 'Thủ trưởng cơ quan, đơn vị (Luật TĐKT 2022, Điều 80)',
  legalInstrument: 'Luật Thi đua, khen thưởng 2022',
  legalArticle: 'Điều 23',
  rewardMultiple: 1,
  rewardSource: 'Nghị định 152/2025/NĐ-CP',
  verified: true,
  active: true,
  version: 0,
};
const giayKhen: AwardType = {
  ...cstdcs,
  id: 'a2',
  code: 'GIAY_KHEN',
  name: 'Giấy khen',
  kind: 'FORM',
  subject: 'ANY',
  legalArticle: 'Điều 75',
  rewardMultiple: undefined,
  verified: false,
};

describe('Award catalog page', () => {
  it('shows each title and form with its legal source and whether it is verified', async () => {
    renderWithProviders(<AwardTypesPage />, { api: fakeApi({ 'GET /api/v1/award-types': () => page([cstdcs, giayKhen]) }) });

    const row = (await screen.findByText('Chiến sĩ thi đua cơ sở')).closest('tr')!;
    expect(within(row).getByText('Điều 23, Luật Thi đua, khen thưởng 2022')).toBeInTheDocument();
    expect(within(row).getByText('Đã xác minh')).toBeInTheDocument();
    const other = screen.getByText('Giấy khen').closest('tr')!;
    expect(within(other).getByText('Chưa xác minh')).toBeInTheDocument();
    expect(within(other).getByText('Cá nhân hoặc tập thể')).toBeInTheDocument();
  });

  it('sends the chosen filters and opens the details with who decides', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/v1/award-types': () => page([cstdcs]) });
    renderWithProviders(<AwardTypesPage />, { api, route: '/award-types?kind=TITLE' });

    await user.click(await screen.findByText('Chiến sĩ thi đua cơ sở'));

    expect(api.queriesTo('/api/v1/award-types')[0].get('kind')).toBe('TITLE');
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Thủ trưởng cơ quan, đơn vị (Luật TĐKT 2022, Điều 80)')).toBeInTheDocument();
    expect(within(drawer).getByText('Nghị định 152/2025/NĐ-CP')).toBeInTheDocument();
  });
});
