import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, jsonResponse, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Decision } from '../api/nominations';
import type { SignedDocument } from '../api/papers';
import { SignedDecisionPanel } from './SignedDecisionPanel';

vi.mock('@/lib/download', () => ({ saveBlob: vi.fn() }));
const { saveBlob } = await import('@/lib/download');

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
  awardees: [],
};

const validCopy: SignedDocument = {
  id: 's1',
  kind: 'DECISION',
  fileName: 'quyet-dinh-215-ky.pdf',
  sizeBytes: 52000,
  sha256: 'ab'.repeat(32),
  producedSha256: 'cd'.repeat(32),
  signatures: 1,
  signerName: 'Nguyễn Hải Ninh',
  signerOrganisation: 'Bộ Tư pháp',
  signerSerial: '5A0F3C',
  signerIssuer: 'CN=CA phục vụ các cơ quan Nhà nước, O=Ban Cơ yếu Chính phủ, C=VN',
  signingTime: '2026-03-26T03:15:00Z',
  indication: 'TOTAL_PASSED',
  uploadedBy: 'vanthu',
  uploadedAt: '2026-03-26T04:00:00Z',
};

function render(copies: () => SignedDocument[], routes: Record<string, (url: URL, request: Request) => unknown> = {}, canUpload = true) {
  const api = fakeApi({
    'GET /api/v1/me': () => ({ ...officer, roles: ['secretariat'] }),
    'GET /api/v1/decisions/{id}/signed-documents': () => copies(),
    ...routes,
  });
  renderWithProviders(<SignedDecisionPanel decision={decision} canUpload={canUpload} />, { api });
  return api;
}

/** Picks a file in the upload field and waits until the field lists it (antd takes it asynchronously). */
async function chooseFile(name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], name, { type: 'application/pdf' })] } });
  await screen.findByText(name);
}

describe('Signed decision panel', () => {
  it('shows a valid stored signature: signer, time in Vietnam, valid, and the decision signed', async () => {
    render(() => [validCopy]);

    const result = await screen.findByTestId('signature-result');
    expect(within(result).getByText('Nguyễn Hải Ninh — Bộ Tư pháp')).toBeInTheDocument();
    expect(within(result).getByText('26/03/2026 10:15')).toBeInTheDocument();
    expect(within(result).getByText('Hợp lệ')).toBeInTheDocument();
    expect(within(result).queryByText('Không hợp lệ')).toBeNull();
    expect(within(result).getByText('5A0F3C')).toBeInTheDocument();
    expect(screen.getByText('Đã ký')).toBeInTheDocument();
  });

  it('shows an invalid verdict with its reason in Vietnamese, and an unknown code by its name', async () => {
    render(() => [
      { ...validCopy, id: 's1', indication: 'TOTAL_FAILED', subIndication: 'HASH_FAILURE' },
      { ...validCopy, id: 's2', fileName: 'khac.pdf', indication: 'INDETERMINATE', subIndication: 'SOMETHING_NEW' },
    ]);

    const [altered, unknown] = await screen.findAllByTestId('signature-result');
    expect(within(altered).getByText('Không hợp lệ')).toBeInTheDocument();
    expect(within(altered).getByText('Nội dung đã bị thay đổi sau khi ký.')).toBeInTheDocument();
    expect(within(unknown).getByText('Chữ ký không hợp lệ (mã SOMETHING_NEW).')).toBeInTheDocument();
    expect(screen.getByText('Chưa ký')).toBeInTheDocument();
  });

  it('says the decision is not signed while it has no signed copy, and downloads the PDF to sign', async () => {
    const api = render(() => [], {
      'GET /api/v1/decisions/{id}/list': () => new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    });

    expect(await screen.findByText('Chưa có bản đã ký.')).toBeInTheDocument();
    expect(screen.getByText('Chưa ký')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Tải quyết định để ký/ }));
    await waitFor(() => expect(saveBlob).toHaveBeenCalledWith(expect.anything(), 'quyet-dinh-215-Q--BTP-de-ky.pdf'));
    expect(api.queriesTo('/api/v1/decisions/d1/list').map((q) => q.get('format'))).toEqual(['pdf']);
  });

  it('shows the refusal under the file field and leaves the decision unsigned', async () => {
    const api = render(() => [], {
      'POST /api/v1/decisions/{id}/signed-documents': () =>
        problemResponse(422, {
          title: 'Văn bản đã ký bị từ chối',
          detail: 'Tệp đã ký không phải là văn bản ThiĐua đã tạo cho đối tượng này, hoặc văn bản đã bị sửa trước khi ký.',
        }),
    });
    await screen.findByText('Chưa có bản đã ký.');

    await chooseFile('sua-truoc-khi-ky.pdf');
    fireEvent.click(screen.getByRole('button', { name: /^Tải lên bản đã ký$/ }));

    const explain = await waitFor(() => {
      const node = document.querySelector('.ant-form-item-explain-error');
      expect(node).not.toBeNull();
      return node!;
    });
    expect(explain).toHaveTextContent('Tệp đã ký không phải là văn bản ThiĐua đã tạo cho đối tượng này');
    expect(explain.closest('.ant-form-item')).toHaveTextContent('Bản đã ký (PDF)');
    const sent = api.requests.find((r) => r.method === 'POST')!;
    expect((await sent.clone().formData()).has('file')).toBe(true); // jsdom's File loses its name crossing into undici's FormData
    expect(screen.getByText('Chưa ký')).toBeInTheDocument();
    expect(screen.queryByTestId('signature-result')).toBeNull();
  });

  it('asks for a file before uploading', async () => {
    const api = render(() => []);
    await screen.findByText('Chưa có bản đã ký.');
    fireEvent.click(screen.getByRole('button', { name: /^Tải lên bản đã ký$/ }));
    expect(await screen.findByText('Chọn tệp PDF đã ký')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('accepts a signed copy: the verdict appears and the decision is signed', async () => {
    let copies: SignedDocument[] = [];
    render(() => copies, {
      'POST /api/v1/decisions/{id}/signed-documents': () => {
        copies = [validCopy];
        return jsonResponse(validCopy, 201);
      },
    });
    await screen.findByText('Chưa có bản đã ký.');

    await chooseFile('quyet-dinh-215-ky.pdf');
    fireEvent.click(screen.getByRole('button', { name: /^Tải lên bản đã ký$/ }));

    expect(await screen.findByTestId('signature-result')).toHaveTextContent('Hợp lệ');
    expect(screen.getByText('Đã ký')).toBeInTheDocument();
    expect(document.querySelector('.ant-form-item-explain-error')).toBeNull();
  });

  it('offers no upload to whoever may not upload, but shows the verdict', async () => {
    render(() => [validCopy], {}, false);
    await screen.findByTestId('signature-result');
    expect(screen.queryByRole('button', { name: /^Tải lên bản đã ký$/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Tải quyết định để ký/ })).toBeInTheDocument();
  });
});
