import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SignedDocument } from '@/components/signatures/SignatureResult';
import { officer } from '@/testing/fixtures';
import { fakeApi, jsonResponse, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { votingSession } from '../routes/voting.fixtures';
import { SignedMinutesPanel } from './SignedMinutesPanel';

vi.mock('@/lib/download', () => ({ saveBlob: vi.fn() }));
const { saveBlob } = await import('@/lib/download');

const session = votingSession({ status: 'PUBLISHED', allowedActions: [] });

const signedMinutes: SignedDocument = {
  id: 'm1',
  kind: 'MINUTES',
  fileName: 'bien-ban-ky.pdf',
  sizeBytes: 41000,
  sha256: 'ab'.repeat(32),
  producedSha256: 'cd'.repeat(32),
  signatures: 1,
  signerName: 'Trần Văn Chủ Tọa',
  signerOrganisation: 'Sở Tư pháp tỉnh Lào Cai',
  signerSerial: '7B11',
  signerIssuer: 'CN=CA phục vụ các cơ quan Nhà nước, O=Ban Cơ yếu Chính phủ, C=VN',
  signingTime: '2026-12-15T08:30:00Z',
  indication: 'TOTAL_PASSED',
  uploadedBy: 'cluster-lead',
  uploadedAt: '2026-12-15T09:00:00Z',
};

function render(roles: string[], copies: () => SignedDocument[], routes: Record<string, (url: URL, request: Request) => unknown> = {}) {
  const api = fakeApi({
    'GET /api/v1/me': () => ({ ...officer, roles }),
    'GET /api/v1/voting-sessions/{id}/signed-minutes': () => copies(),
    ...routes,
  });
  renderWithProviders(<SignedMinutesPanel session={session} />, { api });
  return api;
}

async function chooseFile(name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], name, { type: 'application/pdf' })] } });
  await screen.findByText(name);
}

describe('Signed minutes panel', () => {
  it('lets the cluster lead download the minutes to sign and upload the signed copy; the verdict appears', async () => {
    let copies: SignedDocument[] = [];
    const api = render(['cluster-lead'], () => copies, {
      'GET /api/v1/voting-sessions/{id}/minutes': () => new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
      'POST /api/v1/voting-sessions/{id}/signed-minutes': () => {
        copies = [signedMinutes];
        return jsonResponse(signedMinutes, 201);
      },
    });
    expect(await screen.findByText('Chưa có bản đã ký.')).toBeInTheDocument();
    expect(screen.getByText('Chưa ký')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /Tải biên bản để ký/ }));
    await waitFor(() => expect(saveBlob).toHaveBeenCalledWith(expect.anything(), 'bien-ban-kiem-phieu-v1-de-ky.pdf'));
    expect(api.queriesTo('/api/v1/voting-sessions/v1/minutes').map((q) => q.get('format'))).toEqual(['pdf']);

    await chooseFile('bien-ban-ky.pdf');
    fireEvent.click(screen.getByRole('button', { name: /^Tải lên bản đã ký$/ }));
    const result = await screen.findByTestId('signature-result');
    expect(within(result).getByText('Trần Văn Chủ Tọa — Sở Tư pháp tỉnh Lào Cai')).toBeInTheDocument();
    expect(within(result).getByText('15/12/2026 15:30')).toBeInTheDocument();
    expect(within(result).getByText('Hợp lệ')).toBeInTheDocument();
    expect(screen.getByText('Đã ký')).toBeInTheDocument();
  });

  it('shows the refusal under the file field, nothing accepted', async () => {
    render(['secretariat'], () => [], {
      'POST /api/v1/voting-sessions/{id}/signed-minutes': () =>
        problemResponse(422, { title: 'Văn bản đã ký bị từ chối', detail: 'Người ký không phải người có thẩm quyền ký văn bản này.' }),
    });
    await screen.findByText('Chưa có bản đã ký.');
    await chooseFile('nguoi-khac-ky.pdf');
    fireEvent.click(screen.getByRole('button', { name: /^Tải lên bản đã ký$/ }));
    const explain = await waitFor(() => {
      const node = document.querySelector('.ant-form-item-explain-error');
      expect(node).not.toBeNull();
      return node!;
    });
    expect(explain).toHaveTextContent('Người ký không phải người có thẩm quyền ký văn bản này.');
    expect(screen.queryByTestId('signature-result')).toBeNull();
  });

  it('shows an invalid verdict with its reason to a voter, with no upload', async () => {
    render(['unit-head'], () => [{ ...signedMinutes, indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND' }]);
    const result = await screen.findByTestId('signature-result');
    expect(within(result).getByText('Không hợp lệ')).toBeInTheDocument();
    expect(within(result).getByText('Chứng thư số không thuộc tổ chức chứng thực được tin cậy.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Tải lên bản đã ký$/ })).toBeNull();
  });
});
