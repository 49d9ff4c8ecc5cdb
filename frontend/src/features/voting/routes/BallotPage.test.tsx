import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { BallotPage } from './BallotPage';
import { votingSession } from './voting.fixtures';

function render(api: ReturnType<typeof fakeApi>) {
  return renderWithProviders(<BallotPage />, { api, route: '/voting/v1/ballot', routes: [{ path: '/voting/:id/ballot', element: <BallotPage /> }] });
}

describe('Ballot page', () => {
  it('marks one candidate yes, the others no, and shows the receipt code once', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession(),
      'POST /api/v1/voting-sessions/{id}/ballots': () => jsonResponse({ sessionId: 'v1', round: 1, receiptCode: 'K7Q2MX4ZPA' }, 201),
    });
    render(api);

    const card = (await screen.findByRole('group', { name: 'Cục Hành chính tư pháp' }));
    await user.click(within(card).getByText('Đồng ý'));
    expect(screen.getByText(/đã chọn 1/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));

    expect(await screen.findByTestId('receipt-code')).toHaveTextContent('K7Q2MX4ZPA');
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      choices: [
        { candidateRef: 'u202', choice: 'NO' },
        { candidateRef: 'u203', choice: 'YES' },
        { candidateRef: 'u201', choice: 'NO' },
      ],
    });
  });

  it('refuses to send more yes marks than allowed and shows the server problem', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession(),
      'POST /api/v1/voting-sessions/{id}/ballots': () =>
        problemResponse(409, { title: 'Conflict', detail: 'You have already voted in round 1 of this session' }),
    });
    render(api);
    await user.click(within(await screen.findByRole('group', { name: 'Cục Hành chính tư pháp' })).getByText('Đồng ý'));
    await user.click(within(screen.getByRole('group', { name: /Cục Đăng ký quốc gia/ })).getByText('Đồng ý'));
    expect(screen.getByRole('button', { name: 'Gửi phiếu' })).toBeDisabled();
    await user.click(within(screen.getByRole('group', { name: /Cục Đăng ký quốc gia/ })).getByText('Không đồng ý'));
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('already voted'));
  });

  it('tells a voter who already voted instead of showing the ballot', async () => {
    render(fakeApi({ 'GET /api/v1/voting-sessions/{id}': () => votingSession({ allowedActions: [], callerHasVoted: true }) }));
    expect(await screen.findByText('Bạn đã bỏ phiếu trong vòng này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi phiếu' })).toBeNull();
  });
});
