import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, page, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Award } from '../api/nominations';
import { AwardsPage } from './AwardsPage';

vi.mock('@/lib/download', () => ({ saveBlob: vi.fn() }));
const { saveBlob } = await import('@/lib/download');

const inherited: Award = {
  id: 'a1',
  awardTypeId: 't1',
  awardTypeCode: 'CO_NGANH',
  awardTypeName: 'Cờ thi đua ngành Tư pháp',
  subjectKind: 'UNIT',
  unitId: 'old',
  unitName: 'Cục Trợ giúp pháp lý',
  year: 2024,
  decisionNumber: '105/QĐ-BTP',
  decisionDate: '2025-01-21',
  source: 'IMPORTED',
  revoked: false,
};

const decided: Award = {
  ...inherited,
  id: 'a2',
  awardTypeCode: 'TTLDXS',
  awardTypeName: 'Tập thể lao động xuất sắc',
  unitId: officer.unitId,
  unitName: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  year: 2025,
  decisionNumber: '901/QĐ-BTP',
  source: 'DECIDED',
  amount: 3510000,
  revoked: true,
};

describe('Awards ledger page', () => {
  it('lists the unit history with its predecessors, amounts and revocations', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/units': () => page([]),
      'GET /api/v1/awards': () => page([decided, inherited]),
    });
    renderWithProviders(<AwardsPage />, { api, route: '/awards' });

    const table = await screen.findByRole('table', { name: 'Sổ khen thưởng' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[1]).getByText('Cục Trợ giúp pháp lý')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Đã thu hồi')).toBeInTheDocument();
    expect(within(rows[0]).getByText('3.510.000')).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/awards')[0].get('unitId')).toBe(officer.unitId);
  });

  it('marks a signed decision and reprints a certificate, a revoked one marked revoked', async () => {
    vi.mocked(saveBlob).mockClear();
    const signedAward: Award = { ...decided, id: 'a3', revoked: false, decisionId: 'd-signed', decisionNumber: '215/QĐ-BTP', personName: 'Nguyễn Thị Hồng Nhung' };
    const unsignedAward: Award = { ...decided, decisionId: 'd-unsigned' };
    const pdf = () => new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } });
    const api = fakeApi({
      'GET /api/v1/me': () => ({ ...officer, roles: ['unit-officer'] }),
      'GET /api/v1/units': () => page([]),
      'GET /api/v1/awards': () => page([signedAward, unsignedAward]),
      'GET /api/v1/decisions/{id}/signed-documents': (url) => (url.pathname.includes('d-signed') ? [{ id: 's1', indication: 'TOTAL_PASSED' }] : []),
      'GET /api/v1/awards/{id}/certificate': pdf,
    });
    renderWithProviders(<AwardsPage />, { api, route: '/awards' });

    const table = await screen.findByRole('table', { name: 'Sổ khen thưởng' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [signedRow, revokedRow] = within(table).getAllByRole('row').slice(1);
    expect(await within(signedRow).findByText('Đã ký')).toBeInTheDocument();
    expect(await within(revokedRow).findByText('Chưa ký')).toBeInTheDocument();

    fireEvent.click(within(signedRow).getByRole('button', { name: 'In lại bằng/giấy khen của Nguyễn Thị Hồng Nhung (Tập thể lao động xuất sắc)' }));
    await waitFor(() => expect(saveBlob).toHaveBeenCalledWith(expect.anything(), 'bang-khen-Nguyễn-Thị-Hồng-Nhung-2025.pdf'));
    expect(screen.queryByText('Khen thưởng đã bị thu hồi: bản in lại được đánh dấu ĐÃ THU HỒI.')).toBeNull();

    const revokedButton = within(revokedRow).getByRole('button', { name: /^In lại bằng\/giấy khen đã thu hồi của / });
    fireEvent.click(revokedButton);
    expect(await screen.findByText('Khen thưởng đã bị thu hồi: bản in lại được đánh dấu ĐÃ THU HỒI.')).toBeInTheDocument();
    await waitFor(() => expect(api.requests.filter((r) => r.url.endsWith('/api/v1/awards/a2/certificate'))).toHaveLength(1));
  });

  it('shows why a reprint is refused, and offers none to a viewer', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/units': () => page([]),
      'GET /api/v1/awards': () => page([inherited]),
      'GET /api/v1/awards/{id}/certificate': () => problemResponse(403, { title: 'Không có quyền', detail: 'Chỉ in được bằng khen của đơn vị mình.' }),
    });
    const { unmount } = renderWithProviders(<AwardsPage />, { api, route: '/awards' });
    const table = await screen.findByRole('table', { name: 'Sổ khen thưởng' });
    fireEvent.click(await within(table).findByRole('button', { name: /^In lại bằng\/giấy khen của / }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chỉ in được bằng khen của đơn vị mình.');
    unmount();

    renderWithProviders(<AwardsPage />, {
      api: fakeApi({ 'GET /api/v1/me': () => ({ ...officer, roles: ['viewer'] }), 'GET /api/v1/units': () => page([]), 'GET /api/v1/awards': () => page([inherited]) }),
      route: '/awards',
    });
    const viewerTable = await screen.findByRole('table', { name: 'Sổ khen thưởng' });
    await within(viewerTable).findByText('Cục Trợ giúp pháp lý');
    expect(within(viewerTable).queryByRole('button', { name: /In lại/ })).toBeNull();
  });
});
