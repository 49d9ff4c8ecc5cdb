import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { NominationsPage } from '../routes/NominationsPage';

// The upload goes through XMLHttpRequest for its progress; here it reaches the fake API after reporting half way.
const transport = vi.hoisted(() => ({ fetch: undefined as undefined | ((r: Request) => Promise<Response>) }));
vi.mock('../api/upload', () => ({
  xhrFetch: (onProgress: (f: number) => void) => async (request: Request) => {
    onProgress(0.5);
    const response = await transport.fetch!(request);
    onProgress(1);
    return response;
  },
}));

function render(answer: () => unknown) {
  const api = fakeApi({
    'GET /api/v1/me': () => officer,
    'GET /api/v1/nominations': () => page([]),
    'POST /api/v1/nominations/imports': answer,
  });
  transport.fetch = api.fetch as unknown as (r: Request) => Promise<Response>;
  renderWithProviders(<NominationsPage />, { api, route: '/nominations' });
  return api;
}

async function uploadFile() {
  fireEvent.click(await screen.findByRole('button', { name: /Nhập danh sách từ Excel/ }));
  const dialog = await screen.findByRole('dialog');
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  const csv = 'awardType,period,personId,nomineeUnitId,achievements\nLDTT,2025,p1,,Tốt\n';
  fireEvent.change(input, { target: { files: [new File([csv], 'danh-sach.csv', { type: 'text/csv' })] } });
  await within(dialog).findByText('danh-sach.csv');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Tải lên và tạo dự thảo' }));
  return dialog;
}

describe('Nominee import', () => {
  it('uploads the file with its progress and shows the drafts row by row', async () => {
    const api = render(() => ({ imported: 1, rows: [{ row: 2, nominationId: 'n9', nominee: 'Hoàng Văn Páo', awardTypeCode: 'LDTT' }] }));
    const dialog = await uploadFile();

    const report = await within(dialog).findByRole('table', { name: 'Kết quả từng dòng' });
    expect(within(report).getByRole('link', { name: 'Hoàng Văn Páo' })).toHaveAttribute('href', '/nominations/n9');
    expect(within(dialog).getByText('Đã tạo 1 hồ sơ dự thảo')).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const sent = api.requests.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('Content-Type')).toContain('text/csv');
    expect(await sent.clone().text()).toContain('LDTT,2025,p1');
  });

  it('lists every bad row when the file is rejected', async () => {
    render(
      () =>
        new Response(
          JSON.stringify({
            type: '/problems/import-rejected',
            title: 'Import rejected',
            status: 422,
            detail: 'Nothing was imported: 2 error(s) in 2 row(s); fix them and send the whole file again',
            errors: [
              { field: 'rows[3].awardType', message: 'row 3, column awardType: unknown award type code X' },
              { field: 'rows[4].personId', message: 'row 4, column personId: the nominee does not belong to the proposing unit' },
            ],
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );
    const dialog = await uploadFile();

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported');
    expect(alert).toHaveTextContent('row 3, column awardType: unknown award type code X');
    expect(alert).toHaveTextContent('row 4, column personId: the nominee does not belong to the proposing unit');
    expect(alert).not.toHaveTextContent('rows[3]');
    await waitFor(() => expect(within(dialog).queryByRole('table')).toBeNull());
  });
});
