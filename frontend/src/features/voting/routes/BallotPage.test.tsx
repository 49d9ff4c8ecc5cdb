import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { BallotPage } from './BallotPage';
import { votingSession } from './voting.fixtures';

const HCTP = 'Cục Hành chính tư pháp';
const DKGD = /Cục Đăng ký quốc gia/;
const PBGD = /Cục Phổ biến, giáo dục pháp luật/;

function render(api: ReturnType<typeof fakeApi>) {
  return renderWithProviders(<BallotPage />, { api, route: '/voting/v1/ballot', routes: [{ path: '/voting/:id/ballot', element: <BallotPage /> }] });
}

async function mark(user: ReturnType<typeof userEvent.setup>, candidate: string | RegExp, choice: string) {
  await user.click(within(await screen.findByRole('group', { name: candidate })).getByText(choice, { exact: true }));
}

describe('Ballot page', () => {
  it('marks nothing in advance and keeps "Gửi phiếu" disabled, saying how many lines are left, until every line is chosen', async () => {
    const user = userEvent.setup();
    render(fakeApi({ 'GET /api/v1/voting-sessions/{id}': () => votingSession() }));

    const send = await screen.findByRole('button', { name: 'Gửi phiếu' });
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    expect(send).toBeDisabled();
    expect(screen.getByTestId('ballot-status')).toHaveTextContent('Còn 3 ứng viên chưa chọn');
    expect(screen.getAllByText('Chưa chọn')).toHaveLength(3);

    await mark(user, HCTP, 'Đồng ý');
    await mark(user, DKGD, 'Không đồng ý');
    expect(send).toBeDisabled();
    expect(screen.getByTestId('ballot-status')).toHaveTextContent('Còn 1 ứng viên chưa chọn');

    await mark(user, PBGD, 'Không biểu quyết');
    expect(send).toBeEnabled();
    expect(screen.queryByText('Chưa chọn')).toBeNull();
  });

  it('lists the choices for review and sends only on confirmation, then shows the receipt code once', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession(),
      'POST /api/v1/voting-sessions/{id}/ballots': () => jsonResponse({ sessionId: 'v1', round: 1, receiptCode: 'K7Q2MX4ZPA' }, 201),
    });
    render(api);
    await mark(user, HCTP, 'Đồng ý');
    await mark(user, DKGD, 'Không đồng ý');
    await mark(user, PBGD, 'Không biểu quyết');
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));

    const review = await screen.findByTestId('ballot-review');
    expect(within(review).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Cục Đăng ký quốc gia giao dịch bảo đảm và Bồi thường nhà nước: Không đồng ý',
      'Cục Hành chính tư pháp: Đồng ý',
      'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý: Không biểu quyết',
    ]);
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Xác nhận gửi phiếu' }));
    expect(await screen.findByTestId('receipt-code')).toHaveTextContent('K7Q2MX4ZPA');
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      choices: [
        { candidateRef: 'u202', choice: 'NO' },
        { candidateRef: 'u203', choice: 'YES' },
        { candidateRef: 'u201', choice: 'ABSTAIN' },
      ],
    });
  });

  it('leaves out the items the voter stands aside from (recusal) and says so; the others are marked and sent', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () =>
        votingSession({ recusals: [{ candidateRef: 'u201', voterKey: 'u201', voterLabel: 'Cục PBGDPL', reason: 'OWN_UNIT' }] }),
      'POST /api/v1/voting-sessions/{id}/ballots': () => jsonResponse({ sessionId: 'v1', round: 1, receiptCode: 'K7Q2MX4ZPA' }, 201),
    });
    render(api);
    expect(await screen.findByTestId('recused-items')).toHaveTextContent('xung đột lợi ích');
    expect(screen.queryByRole('group', { name: PBGD })).toBeNull();
    expect(screen.getByTestId('ballot-status')).toHaveTextContent('Còn 2 ứng viên chưa chọn');
    await mark(user, HCTP, 'Đồng ý');
    await mark(user, DKGD, 'Không đồng ý');
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    await user.click(await screen.findByRole('button', { name: 'Xác nhận gửi phiếu' }));
    expect(await screen.findByTestId('receipt-code')).toHaveTextContent('K7Q2MX4ZPA');
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      choices: [
        { candidateRef: 'u202', choice: 'NO' },
        { candidateRef: 'u203', choice: 'YES' },
      ],
    });
  });

  it('goes back to the ballot when the voter wants to change a mark', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /api/v1/voting-sessions/{id}': () => votingSession() });
    render(api);
    await mark(user, HCTP, 'Đồng ý');
    await mark(user, DKGD, 'Không đồng ý');
    await mark(user, PBGD, 'Không đồng ý');
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    await user.click(await screen.findByRole('button', { name: 'Quay lại sửa' }));

    await mark(user, PBGD, 'Đồng ý');
    await mark(user, HCTP, 'Không đồng ý');
    expect(screen.getByRole('button', { name: 'Gửi phiếu' })).toBeEnabled();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('copies the receipt code with its copy button', async () => {
    const user = userEvent.setup();
    // antd copies through copy-to-clipboard: the code is selected, then document.execCommand('copy').
    let copied: string | undefined;
    const execCommand = vi.fn((command: string) => {
      copied = command === 'copy' ? document.getSelection()?.toString() : undefined;
      return true;
    });
    render(
      fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession({ candidates: votingSession().candidates.slice(0, 1) }),
        'POST /api/v1/voting-sessions/{id}/ballots': () => jsonResponse({ sessionId: 'v1', round: 1, receiptCode: 'K7Q2MX4ZPA' }, 201),
      }),
    );
    await mark(user, DKGD, 'Đồng ý');
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    await user.click(await screen.findByRole('button', { name: 'Xác nhận gửi phiếu' }));
    await screen.findByTestId('receipt-code');
    expect(screen.getByText(/mã của bạn phải có trong danh sách/)).toBeInTheDocument();
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });

    await user.click(screen.getByRole('button', { name: 'Sao chép mã xác nhận' }));

    await waitFor(() => expect(execCommand).toHaveBeenCalledWith('copy'));
    expect(copied).toBe('K7Q2MX4ZPA');
  });

  it('refuses to send more yes marks than allowed and shows the server problem', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession(),
      'POST /api/v1/voting-sessions/{id}/ballots': () =>
        problemResponse(409, { title: 'Conflict', detail: 'You have already voted in round 1 of this session' }),
    });
    render(api);
    await mark(user, HCTP, 'Đồng ý');
    await mark(user, DKGD, 'Đồng ý');
    await mark(user, PBGD, 'Không đồng ý');
    expect(screen.getByRole('button', { name: 'Gửi phiếu' })).toBeDisabled();
    expect(screen.getByTestId('ballot-status')).toHaveTextContent('tối đa 1 ứng viên');
    await mark(user, DKGD, 'Không đồng ý');
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    await user.click(await screen.findByRole('button', { name: 'Xác nhận gửi phiếu' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('already voted'));
  });

  it('tells a voter who already voted instead of showing the ballot', async () => {
    render(fakeApi({ 'GET /api/v1/voting-sessions/{id}': () => votingSession({ allowedActions: [], callerHasVoted: true }) }));
    expect(await screen.findByText('Bạn đã bỏ phiếu trong vòng này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi phiếu' })).toBeNull();
  });
});
