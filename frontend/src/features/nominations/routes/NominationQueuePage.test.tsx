import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Nomination } from '../api/nominations';
import { NominationQueuePage } from './NominationQueuePage';

const base: Omit<Nomination, 'id' | 'status' | 'allowedActions'> = {
  unitId: 'u1',
  unitName: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  nomineeKind: 'PERSON',
  personId: 'p1',
  personName: 'Nguyễn Thị Hồng Nhung',
  awardTypeId: 'a1',
  awardTypeCode: 'CSTD_NGANH',
  awardTypeName: 'Chiến sĩ thi đua ngành Tư pháp',
  periodId: 'y1',
  periodLabel: '2025',
  achievements: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở',
  initiativeIds: [],
  createdBy: 'unit-officer',
  version: 1,
  createdAt: '2026-01-10T02:00:00Z',
  updatedAt: '2026-01-11T02:00:00Z',
};
const submitted: Nomination = { ...base, id: 'n1', status: 'SUBMITTED', allowedActions: ['receive', 'return'] };
const appraising: Nomination = { ...base, id: 'n2', personName: 'Pờ Thị Pao', status: 'APPRAISING', allowedActions: ['put-on-agenda', 'return'] };
const onAgenda: Nomination = { ...base, id: 'n3', personName: 'Lê Văn Ba', status: 'ON_AGENDA', allowedActions: ['council-vote', 'council-result'] };

function api(roles: string[]) {
  return fakeApi({
    'GET /api/v1/me': () => ({ ...officer, roles }),
    'GET /api/v1/nominations': (url) => {
      const status = url.searchParams.get('status');
      return page([submitted, appraising, onAgenda].filter((n) => n.status === status));
    },
    'POST /api/v1/nominations/{id}/receive': () => ({ ...submitted, status: 'RECEIVED', allowedActions: ['appraise', 'return'] }),
  });
}

describe('Nomination queue page', () => {
  it('lists the dossiers to receive and appraise with their next action, and runs it', async () => {
    const fake = api(['secretariat']);
    renderWithProviders(<NominationQueuePage />, { api: fake, route: '/nominations/queue' });

    const table = await screen.findByRole('table', { name: 'Hồ sơ chờ tiếp nhận, thẩm định' });
    const row = (await within(table).findByText('Nguyễn Thị Hồng Nhung')).closest('tr')!;
    expect(within(table).getByText('Pờ Thị Pao')).toBeInTheDocument();
    expect(within(table).queryByText('Lê Văn Ba')).toBeNull();
    expect(fake.queriesTo('/api/v1/nominations').map((q) => q.get('status')).sort()).toEqual(['APPRAISING', 'RECEIVED', 'SUBMITTED']);

    fireEvent.click(within(row).getByRole('button', { name: 'Tiếp nhận' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/nominations/n1/receive'))).toBe(true));
  });

  it('shows the council agenda with a link to record the council result', async () => {
    renderWithProviders(<NominationQueuePage />, { api: api(['secretariat']), route: '/nominations/queue?tab=agenda' });

    const table = await screen.findByRole('table', { name: 'Chương trình họp Hội đồng' });
    const row = (await within(table).findByText('Lê Văn Ba')).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Ghi kết quả Hội đồng' })).toHaveAttribute('href', '/nominations/n3');
    expect(within(table).queryByText('Nguyễn Thị Hồng Nhung')).toBeNull();
  });

  it('opens the agenda for a council member, without workflow buttons', async () => {
    renderWithProviders(<NominationQueuePage />, { api: api(['council-member']), route: '/nominations/queue' });

    const table = await screen.findByRole('table', { name: 'Chương trình họp Hội đồng' });
    const row = (await within(table).findByText('Lê Văn Ba')).closest('tr')!;
    expect(within(row).queryByRole('button')).toBeNull();
  });
});
