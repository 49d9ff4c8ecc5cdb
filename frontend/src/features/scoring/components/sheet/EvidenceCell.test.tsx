import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { ScoreSheet } from '../../api/scoring';
import { ScoreSheetPage } from '../../routes/ScoreSheetPage';
import { checkEvidenceFile, EVIDENCE_MAX_BYTES } from './evidence-file';

const FILE_URL = '/api/v1/score-sheets/s1/evidence-files/f1';

function sheet(evidence: ScoreSheet['sections'][number]['criteria'][number]['evidence'] = [], version = 3): ScoreSheet {
  return {
    id: 's1',
    templateId: 't1',
    templateName: 'Bảng tiêu chí 2026',
    clusterId: 'c1',
    clusterName: 'Cụm thi đua số III',
    unitId: 'u201',
    unitName: 'Cục Trợ giúp pháp lý',
    status: 'DRAFT',
    requiresCertification: false,
    maxPoints: 8,
    selfTotal: 0,
    sections: [
      {
        code: 'A',
        title: 'Nhiệm vụ chuyên môn',
        maxPoints: 8,
        selfPoints: 0,
        scored: 0,
        criteria: [{ code: 'A.2', text: 'Nhiệm vụ đột xuất', maxPoints: 8, method: 'MANUAL', evidence }],
      },
    ],
    allowedActions: ['edit', 'submit'],
    version,
  };
}

function sheetResponse(body: ScoreSheet, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ETag: `"${body.version}"` } });
}

function render(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi({ 'GET /api/v1/score-sheets/{id}': () => sheetResponse(sheet()), ...routes });
  renderWithProviders(<ScoreSheetPage />, { api, route: '/scoring/sheets/s1', routes: [{ path: '/scoring/sheets/:id', element: <ScoreSheetPage /> }] });
  return api;
}

async function fileInput(code: string): Promise<HTMLInputElement> {
  const button = await screen.findByRole('button', { name: `Tải tệp minh chứng cho tiêu chí ${code}` });
  return button.closest('.ant-upload')!.querySelector<HTMLInputElement>('input[type=file]')!;
}

describe('evidence files on the score sheet', () => {
  const created = vi.fn((_: Blob) => 'blob:http://localhost/1');

  beforeEach(() => {
    URL.createObjectURL = created;
    URL.revokeObjectURL = () => undefined;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    created.mockClear();
  });

  it('uploads a scan with If-Match and lists it as a link that downloads it with the token', async () => {
    const user = userEvent.setup();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const api = render({
      'POST /api/v1/score-sheets/{id}/evidence-files': () =>
        sheetResponse(sheet([{ label: 'bien-ban.pdf', url: FILE_URL, fileId: 'f1' }], 4), 201),
      'GET /api/v1/score-sheets/{id}/evidence-files/{fileId}': () =>
        new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
    });

    await user.upload(await fileInput('A.2'), new File(['%PDF-1.7'], 'bien-ban.pdf', { type: 'application/pdf' }));

    const link = await screen.findByRole('button', { name: 'Tải về bien-ban.pdf' });
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    const form = await post.clone().formData();
    expect(form.get('criterionCode')).toBe('A.2');
    expect(form.has('file')).toBe(true); // jsdom's File loses its name crossing into undici's FormData
    expect(screen.getByRole('button', { name: /Minh chứng \(1\)/ })).toBeInTheDocument();

    await user.click(link);
    await waitFor(() => expect(clicked).toEqual(['bien-ban.pdf']));
    const download = api.requests.find((r) => r.method === 'GET' && r.url.endsWith(FILE_URL))!;
    expect(download.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('shows the server’s Vietnamese problem when it refuses the file', async () => {
    const user = userEvent.setup();
    render({
      'POST /api/v1/score-sheets/{id}/evidence-files': () =>
        problemResponse(415, { title: 'Loại tệp không được hỗ trợ', detail: 'Nội dung tệp không khớp với loại PDF.' }),
    });

    await user.upload(await fileInput('A.2'), new File(['not a pdf'], 'gia.pdf', { type: 'application/pdf' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Loại tệp không được hỗ trợ: Nội dung tệp không khớp với loại PDF.');
    expect(screen.queryByRole('button', { name: /Tải về/ })).not.toBeInTheDocument();
  });

  it('refuses a file over 10 MB or of another type before sending it, in Vietnamese', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const api = render({});
    const large = new File(['x'], 'ho-so-quet.pdf', { type: 'application/pdf' });
    Object.defineProperty(large, 'size', { value: EVIDENCE_MAX_BYTES + 1 });
    await user.upload(await fileInput('A.2'), large);
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp «ho-so-quet.pdf» lớn hơn 10 MB nên không tải lên được');

    await user.upload(await fileInput('A.2'), new File(['MZ'], 'chuong-trinh.exe', { type: 'application/octet-stream' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp «chuong-trinh.exe» không phải PDF, Word, Excel, ODT, PNG hay JPEG');
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('offers no upload to whoever may not edit the sheet, but still the download', async () => {
    const readOnly = { ...sheet([{ label: 'bien-ban.pdf', url: FILE_URL, fileId: 'f1' }]), status: 'SUBMITTED' as const, allowedActions: [] };
    render({ 'GET /api/v1/score-sheets/{id}': () => sheetResponse(readOnly) });

    const cell = (await screen.findByRole('button', { name: 'Tải về bien-ban.pdf' })).closest('td')!;
    expect(within(cell).queryByRole('button', { name: /Tải tệp minh chứng/ })).not.toBeInTheDocument();
  });
});

describe('checkEvidenceFile', () => {
  it('accepts office documents and images up to 10 MB, whatever the case of the extension', () => {
    expect(checkEvidenceFile({ name: 'Bao-cao.PDF', size: EVIDENCE_MAX_BYTES })).toBeUndefined();
    expect(checkEvidenceFile({ name: 'anh.jpeg', size: 1 })).toBeUndefined();
    expect(checkEvidenceFile({ name: 'bang.xlsx', size: 1 })).toBeUndefined();
  });

  it('refuses other types and larger files', () => {
    expect(checkEvidenceFile({ name: 'bao-cao.pdf', size: EVIDENCE_MAX_BYTES + 1 })).toBe('too-large');
    expect(checkEvidenceFile({ name: 'bao-cao.zip', size: 1 })).toBe('wrong-type');
    expect(checkEvidenceFile({ name: 'pdf', size: 1 })).toBe('wrong-type');
  });
});
