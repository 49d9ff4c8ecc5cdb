import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { BallotPage } from '../routes/BallotPage';
import { votingSession } from '../routes/voting.fixtures';

const PERSON = 'Nguyễn Văn Đề Nghị';
const council = votingSession({
  purpose: 'COUNCIL_REVIEW',
  title: 'Hội đồng Thi đua - Khen thưởng Bộ xét CSTĐ ngành năm 2026',
  candidates: [
    { kind: 'NOMINATION', ref: 'n1', label: PERSON },
    { kind: 'NOMINATION', ref: 'n2', label: 'Trần Thị Khác' },
  ],
  electorate: [{ key: 'm1', label: 'Ủy viên Hội đồng' }],
  present: ['m1'],
  callerVoterKey: 'm1',
});

function render(api: ReturnType<typeof fakeApi>) {
  return renderWithProviders(<BallotPage />, { api, route: '/voting/v1/ballot', routes: [{ path: '/voting/:id/ballot', element: <BallotPage /> }] });
}

async function declare(user: ReturnType<typeof userEvent.setup>, reason: string) {
  await user.click(await screen.findByRole('button', { name: 'Khai báo xung đột lợi ích' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox'));
  await user.click(await screen.findByTitle(PERSON));
  if (reason) await user.type(within(dialog).getByRole('textbox'), reason);
  await user.click(within(dialog).getByRole('button', { name: 'Xác nhận không tham gia biểu quyết' }));
  return dialog;
}

describe('Declaring a conflict of interest before voting', () => {
  it('asks for the item and a reason, confirms, posts the declaration and then leaves the item off the ballot', async () => {
    const user = userEvent.setup();
    const declared = { ...council, recusals: [{ candidateRef: 'n1', voterKey: 'm1', voterLabel: 'Ủy viên Hội đồng', reason: 'DECLARED' as const, note: 'Người thân' }] };
    let current = council;
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => current,
      'POST /api/v1/voting-sessions/{id}/conflicts': () => {
        current = declared;
        return jsonResponse(declared, 200);
      },
    });
    render(api);
    expect(await screen.findByRole('group', { name: PERSON })).toBeInTheDocument();

    await declare(user, 'Người thân');
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(post.url).toMatch(/\/api\/v1\/voting-sessions\/v1\/conflicts$/);
    expect(await post.clone().json()).toEqual({ candidateRef: 'n1', reason: 'Người thân' });
    expect(await screen.findByTestId('recused-items')).toHaveTextContent(PERSON);
    await waitFor(() => expect(screen.queryByRole('group', { name: PERSON })).toBeNull());
    expect(screen.getByRole('group', { name: 'Trần Thị Khác' })).toBeInTheDocument();
    expect(screen.getByTestId('ballot-status')).toHaveTextContent('Còn 1 ứng viên chưa chọn');
  });

  it('does not post without a reason, and shows the server’s refusal in the form', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => council,
      'POST /api/v1/voting-sessions/{id}/conflicts': () =>
        problemResponse(400, { title: 'Dữ liệu không hợp lệ', errors: [{ field: 'reason', message: 'Lý do quá ngắn' }] }),
    });
    render(api);
    const dialog = await declare(user, '');
    expect(await within(dialog).findByText('Bắt buộc')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByRole('textbox'), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận không tham gia biểu quyết' }));
    expect(await within(dialog).findByText('Lý do quá ngắn')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: PERSON })).toBeInTheDocument();
  });

  it('is not offered on a cluster election ballot', async () => {
    render(fakeApi({ 'GET /api/v1/voting-sessions/{id}': () => votingSession() }));
    expect(await screen.findByRole('button', { name: 'Gửi phiếu' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Khai báo xung đột lợi ích' })).toBeNull();
  });
});
