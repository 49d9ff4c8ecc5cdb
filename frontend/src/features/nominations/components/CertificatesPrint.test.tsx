import { fireEvent, screen, waitFor } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Decision } from '../api/nominations';
import { CertificatesPrint } from './CertificatesPrint';

vi.mock('@/lib/download', () => ({ saveBlob: vi.fn() }));
const { saveBlob } = await import('@/lib/download');

const awardee = {
  id: 'w1',
  awardTypeId: 'a1',
  awardTypeCode: 'BK_BO',
  awardTypeName: 'Bằng khen của Bộ trưởng Bộ Tư pháp',
  subjectKind: 'PERSON' as const,
  personName: 'Nguyễn Thị Hồng Nhung',
  year: 2025,
  decisionNumber: '215/QĐ-BTP',
  decisionDate: '2026-03-25',
  source: 'DECIDED' as const,
  revoked: false,
};

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
  awardees: [awardee, { ...awardee, id: 'w2', personName: 'Trần Văn Bình' }],
};

const pdf = () => new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } });

describe('Certificates print', () => {
  beforeEach(() => vi.mocked(saveBlob).mockClear());

  it('shows progress while the batch is generated, then saves one PDF', async () => {
    const fake = fakeApi({ 'GET /api/v1/me': () => ({ ...officer, roles: ['secretariat'] }), 'GET /api/v1/decisions/{id}/certificates': pdf });
    // The server takes its time: the answer waits until the test releases it.
    let release: () => void = () => undefined;
    const generated = new Promise<void>((resolve) => (release = resolve));
    const api = { ...fake, fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      await generated;
      return fake.fetch(input, init);
    }) as typeof fetch };
    renderWithProviders(<CertificatesPrint decision={decision} />, { api });

    fireEvent.click(screen.getByRole('button', { name: /In bằng\/giấy khen/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đang tạo bằng/giấy khen cho 2 cá nhân, tập thể…');
    expect(screen.getByRole('button', { name: /Tải từng bằng\/giấy khen/ })).toBeDisabled();
    expect(saveBlob).not.toHaveBeenCalled();

    release();
    await waitFor(() => expect(saveBlob).toHaveBeenCalledWith(expect.anything(), 'quyet-dinh-215-Q--BTP-bang-khen.pdf'));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(fake.queriesTo('/api/v1/decisions/d1/certificates').map((q) => q.get('format'))).toEqual(['pdf']);
  });

  it('saves one file per awardee as a ZIP on request', async () => {
    const api = fakeApi({
      'GET /api/v1/decisions/{id}/certificates': () => new Response('PK', { status: 200, headers: { 'Content-Type': 'application/zip' } }),
    });
    renderWithProviders(<CertificatesPrint decision={decision} />, { api });

    fireEvent.click(screen.getByRole('button', { name: /Tải từng bằng\/giấy khen \(ZIP\)/ }));
    await waitFor(() => expect(saveBlob).toHaveBeenCalledWith(expect.anything(), 'quyet-dinh-215-Q--BTP-bang-khen.zip'));
    expect(api.queriesTo('/api/v1/decisions/d1/certificates').map((q) => q.get('format'))).toEqual(['zip']);
  });

  it("shows the server's refusal and saves nothing", async () => {
    const api = fakeApi({
      'GET /api/v1/decisions/{id}/certificates': () =>
        problemResponse(403, { title: 'Không có quyền', detail: 'Chỉ Văn phòng Hội đồng và quản trị viên được in bằng khen của quyết định.' }),
    });
    renderWithProviders(<CertificatesPrint decision={decision} />, { api });

    fireEvent.click(screen.getByRole('button', { name: /In bằng\/giấy khen/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chỉ Văn phòng Hội đồng và quản trị viên được in bằng khen');
    expect(saveBlob).not.toHaveBeenCalled();
  });

  it('warns that a revoked decision prints marked revoked', () => {
    renderWithProviders(<CertificatesPrint decision={{ ...decision, status: 'REVOKED' }} />);
    expect(screen.getByText('Quyết định đã bị hủy bỏ: bằng/giấy khen in ra được đánh dấu đã thu hồi.')).toBeInTheDocument();
  });
});
