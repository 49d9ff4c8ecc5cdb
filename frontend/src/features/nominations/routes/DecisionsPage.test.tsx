import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Decision, Nomination } from '../api/nominations';
import { DecisionDetailPage } from './DecisionDetailPage';
import { DecisionsPage } from './DecisionsPage';

const decision: Decision = {
  id: 'd1',
  number: '215/QĐ-BTP',
  decisionDate: '2026-03-25',
  signer: 'Nguyễn Hải Ninh',
  signerTitle: 'Bộ trưởng Bộ Tư pháp',
  status: 'ISSUED',
  baseAmount: 2340000,
  totalAmount: 7020000,
  signed: false,
  version: 0,
  createdAt: '2026-03-25T02:00:00Z',
  awardees: [
    {
      id: 'w1',
      awardTypeId: 'a1',
      awardTypeCode: 'CSTD_NGANH',
      awardTypeName: 'Chiến sĩ thi đua ngành Tư pháp',
      subjectKind: 'PERSON',
      personId: 'p1',
      personName: 'Nguyễn Thị Hồng Nhung',
      year: 2025,
      decisionNumber: '215/QĐ-BTP',
      decisionDate: '2026-03-25',
      source: 'DECIDED',
      revoked: false,
      amount: 7020000,
    },
  ],
};

const approved = {
  id: 'n1',
  personName: 'Nguyễn Thị Hồng Nhung',
  awardTypeName: 'Chiến sĩ thi đua ngành Tư pháp',
  periodLabel: '2025',
  status: 'APPROVED',
} as Nomination;

describe('Decisions page', () => {
  it('lists decisions and lets the secretariat issue one for approved dossiers', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => ({ ...officer, roles: ['secretariat'] }),
      'GET /api/v1/decisions': () => page([decision]),
      'GET /api/v1/nominations': () => page([approved]),
      'POST /api/v1/decisions': () => new Response(JSON.stringify(decision), { status: 201, headers: { 'Content-Type': 'application/json' } }),
    });
    renderWithProviders(null, {
      api,
      route: '/decisions',
      routes: [
        { path: '/decisions', element: <DecisionsPage /> },
        { path: '/decisions/:id', element: <p>detail</p> },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Quyết định khen thưởng' });
    const row = (await within(table).findByText('215/QĐ-BTP')).closest('tr')!;
    expect(within(row).getByText('25/03/2026')).toBeInTheDocument();
    expect(within(row).getByText('7.020.000')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Ban hành quyết định' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('Hồ sơ đã được Hội đồng thông qua'));
    fireEvent.click(await screen.findByText('Nguyễn Thị Hồng Nhung — Chiến sĩ thi đua ngành Tư pháp 2025'));
    fireEvent.change(within(dialog).getByLabelText('Số quyết định'), { target: { value: '216/QĐ-BTP' } });
    fireEvent.change(within(dialog).getByLabelText('Ngày ký'), { target: { value: '2026-03-26' } });
    fireEvent.change(within(dialog).getByLabelText('Họ tên người ký'), { target: { value: 'Nguyễn Hải Ninh' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ban hành' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/decisions'))).toBe(true));
    const sent = await api.requests.find((r) => r.method === 'POST')!.clone().json();
    expect(sent).toEqual({
      nominationIds: ['n1'],
      number: '216/QĐ-BTP',
      decisionDate: '2026-03-26',
      signer: 'Nguyễn Hải Ninh',
      signerTitle: 'Bộ trưởng Bộ Tư pháp',
    });
    expect(await screen.findByText('detail')).toBeInTheDocument();
  });

  it('shows which decisions are signed from the list alone (no request per decision)', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => ({ ...officer, roles: ['viewer'] }),
      'GET /api/v1/decisions': () => page([{ ...decision, signed: true }, { ...decision, id: 'd2', number: '216/QĐ-BTP' }]),
    });
    renderWithProviders(<DecisionsPage />, { api, route: '/decisions' });

    const table = await screen.findByRole('table', { name: 'Quyết định khen thưởng' });
    const signedRow = (await within(table).findByText('215/QĐ-BTP')).closest('tr')!;
    const unsignedRow = within(table).getByText('216/QĐ-BTP').closest('tr')!;
    expect(await within(signedRow).findByText('Đã ký')).toBeInTheDocument();
    expect(await within(unsignedRow).findByText('Chưa ký')).toBeInTheDocument();
    expect(api.requests.some((r) => r.url.includes('/signed-documents'))).toBe(false);
  });

  it('offers no issuing to a viewer', async () => {
    renderWithProviders(<DecisionsPage />, {
      api: fakeApi({ 'GET /api/v1/me': () => ({ ...officer, roles: ['viewer'] }), 'GET /api/v1/decisions': () => page([decision]) }),
      route: '/decisions',
    });
    await screen.findByText('215/QĐ-BTP');
    expect(screen.queryByRole('button', { name: 'Ban hành quyết định' })).toBeNull();
  });
});

describe('Decision detail page', () => {
  it('shows the awardees and downloads the list as PDF and Excel', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/decisions/{id}': () => decision,
      'GET /api/v1/decisions/{id}/list': () => new Response(new Blob(['%PDF']), { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    });
    renderWithProviders(null, { api, route: '/decisions/d1', routes: [{ path: '/decisions/:id', element: <DecisionDetailPage /> }] });

    const table = await screen.findByRole('table', { name: 'Danh sách được khen thưởng' });
    expect(within(table).getByRole('link', { name: 'Nguyễn Thị Hồng Nhung' })).toHaveAttribute('href', '/awards?personId=p1');
    fireEvent.click(screen.getByRole('button', { name: 'Tải danh sách (PDF)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tải danh sách (Excel)' }));
    await waitFor(() => expect(api.queriesTo('/api/v1/decisions/d1/list').map((q) => q.get('format'))).toEqual(['pdf', 'xlsx']));
  });
});
