import { screen, within } from '@testing-library/react';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Covenant } from '../api/campaigns';
import { CovenantsPage } from './CovenantsPage';

const covenant: Covenant = {
  id: 'v1',
  clusterId: 'c26',
  clusterName: 'Cụm thi đua số III – khối các đơn vị thuộc Bộ',
  periodId: 'p-2026',
  periodLabel: '2026',
  title: 'Giao ước thi đua năm 2026 – Cụm thi đua số III',
  signedOn: '2026-03-10',
  conference: 'Hội nghị phát động phong trào thi đua và ký kết giao ước Cụm III năm 2026',
  members: [
    { unitId: 'u202', unitName: 'Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước' },
    { unitId: 'u203', unitName: 'Cục Hành chính tư pháp' },
  ],
  goals: [{ text: 'Mỗi đơn vị có ít nhất 01 sáng kiến được công nhận', quantity: 1, measure: 'sáng kiến' }],
  version: 0,
};

describe('Covenants page', () => {
  it('shows the covenants of the chosen period with members, targets and the signing conference', async () => {
    const api = fakeApi({
      'GET /api/v1/periods': () =>
        page([
          { id: 'p-2026', label: '2026', startDate: '2026-01-01', endDate: '2026-12-31', version: 0 },
          { id: 'p-2025', label: '2025', startDate: '2025-01-01', endDate: '2025-12-31', version: 0 },
        ]),
      'GET /api/v1/covenants': () => page([covenant]),
    });
    renderWithProviders(<CovenantsPage />, { api, route: '/covenants?periodId=p-2026' });

    const card = (await screen.findByText('Giao ước thi đua năm 2026 – Cụm thi đua số III')).closest('.ant-card')! as HTMLElement;
    expect(within(card).getByText('10/03/2026')).toBeInTheDocument();
    expect(within(card).getByText('Đơn vị ký kết (2)')).toBeInTheDocument();
    expect(within(card).getByText('Cục Hành chính tư pháp')).toBeInTheDocument();
    expect(within(card).getByText('Mỗi đơn vị có ít nhất 01 sáng kiến được công nhận — 1 sáng kiến')).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/covenants')[0].get('periodId')).toBe('p-2026');
  });
});
