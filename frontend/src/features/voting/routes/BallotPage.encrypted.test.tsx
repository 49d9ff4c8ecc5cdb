import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { ElectionManifest } from '../api/encrypted';
import { ballotTracker, checkBallot, formatTracker, generateKeyShare, pointFromHex, pointToHex, type EncryptedBallotJson } from '../crypto';
import { electionKey } from '../crypto/guardian';
import { BallotPage } from './BallotPage';
import { votingSession } from './voting.fixtures';

const holders = [generateKeyShare('v1', 'server'), generateKeyShare('v1', 'g-1')];
const K = pointToHex(electionKey(holders.map((h) => h.publicKey)));

function manifest(overrides: Partial<ElectionManifest> = {}): ElectionManifest {
  return {
    sessionId: 'v1',
    round: 1,
    electionKey: K,
    guardians: holders.map((h) => ({ id: h.guardianId, publicKey: pointToHex(h.publicKey), proof: { c: '00', v: '00' } })),
    candidateRefs: ['u202', 'u203', 'u201'],
    maxChoices: 1,
    abstainAllowed: true,
    noYesFor: null,
    ...overrides,
  };
}

/** The server's answer: the tracker of the posted ballot, computed from the request body. */
function receiptFor(request: Request): Response {
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const ballot = (await request.clone().json()) as EncryptedBallotJson;
      controller.enqueue(new TextEncoder().encode(JSON.stringify({ sessionId: 'v1', round: 1, receiptCode: ballotTracker(ballot) })));
      controller.close();
    },
  });
  return new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } });
}

function render(api: ReturnType<typeof fakeApi>) {
  return renderWithProviders(<BallotPage />, { api, route: '/voting/v1/ballot', routes: [{ path: '/voting/:id/ballot', element: <BallotPage /> }] });
}

async function mark(user: ReturnType<typeof userEvent.setup>, candidate: string | RegExp, choice: string) {
  await user.click(within(await screen.findByRole('group', { name: candidate })).getByText(choice, { exact: true }));
}

async function voteAll(user: ReturnType<typeof userEvent.setup>) {
  await mark(user, 'Cục Hành chính tư pháp', 'Đồng ý');
  await mark(user, /Cục Đăng ký quốc gia/, 'Không đồng ý');
  await mark(user, /Cục Phổ biến/, 'Không biểu quyết');
  await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
  await user.click(await screen.findByRole('button', { name: 'Xác nhận gửi phiếu' }));
}

const spec = () => ({
  sessionId: 'v1',
  round: 1,
  electionKey: pointFromHex(K),
  candidateRefs: ['u202', 'u203', 'u201'],
  maxChoices: 1,
  abstainAllowed: true,
});

describe('Ballot page, encrypted session', { timeout: 60_000 }, () => {
  it('encrypts in the browser, posts only ciphertexts with valid proofs, and shows the tracker as the receipt', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession(),
      'GET /api/v1/voting-sessions/{id}/election-key': () => manifest(),
      'POST /api/v1/voting-sessions/{id}/encrypted-ballots': (_, request) => receiptFor(request),
    });
    render(api);
    expect(await screen.findByText(/mã hoá ngay trên máy của bạn/)).toBeInTheDocument();
    await voteAll(user);

    const tracker = await screen.findByTestId('tracker', {}, { timeout: 15_000 });
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/voting-sessions/v1/encrypted-ballots');
    const posted = (await post.clone().json()) as EncryptedBallotJson;
    expect(Object.keys(posted).sort()).toEqual(['candidates', 'round', 'sessionId', 'yesTotalProof']);
    expect(checkBallot(spec(), posted)).toBeNull();
    expect(api.requests.some((r) => new URL(r.url).pathname.endsWith('/ballots'))).toBe(false);

    const expected = formatTracker(ballotTracker(posted));
    expect(tracker.textContent?.replace(/\s+/g, ' ')).toContain(expected);
    expect(screen.getByText(new RegExp(`16 ký tự đầu \\(${expected.slice(0, 19)}\\)`))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kiểm tra trong bảng công bố' })).toHaveAttribute('href', `/voting/v1?tracker=${ballotTracker(posted).slice(0, 16)}`);
    expect(screen.getByRole('button', { name: 'Sao chép mã theo dõi' })).toBeInTheDocument();
    expect(screen.queryByTestId('tracker-mismatch')).toBeNull();
  });

  it('warns when the server answers another tracker than the one computed here', async () => {
    const user = userEvent.setup();
    render(
      fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession(),
        'GET /api/v1/voting-sessions/{id}/election-key': () => manifest(),
        'POST /api/v1/voting-sessions/{id}/encrypted-ballots': () => jsonResponse({ sessionId: 'v1', round: 1, receiptCode: 'ab'.repeat(32) }, 201),
      }),
    );
    await voteAll(user);
    expect(await screen.findByTestId('tracker-mismatch', {}, { timeout: 15_000 })).toHaveTextContent('Hãy báo ngay cho Ban kiểm phiếu');
  });

  it('shows the server refusing the ballot and no receipt', async () => {
    const user = userEvent.setup();
    render(
      fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession(),
        'GET /api/v1/voting-sessions/{id}/election-key': () => manifest(),
        'POST /api/v1/voting-sessions/{id}/encrypted-ballots': () => problemResponse(422, { title: 'Phiếu không hợp lệ', detail: 'Chứng minh của phiếu không đúng' }),
      }),
    );
    await voteAll(user);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Chứng minh của phiếu không đúng'), { timeout: 15_000 });
    expect(screen.queryByTestId('tracker')).toBeNull();
  });

  it('does not offer the ballot while the counting board has not finished the key', async () => {
    render(
      fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession(),
        'GET /api/v1/voting-sessions/{id}/election-key': () => manifest({ electionKey: null }),
      }),
    );
    expect(await screen.findByText(/chưa tạo xong khoá/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi phiếu' })).toBeNull();
  });

  it('casts in clear when the session is not encrypted', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession(),
      'GET /api/v1/voting-sessions/{id}/election-key': () => problemResponse(409, { title: 'Conflict', detail: 'Not an encrypted session' }),
      'POST /api/v1/voting-sessions/{id}/ballots': () => jsonResponse({ sessionId: 'v1', round: 1, receiptCode: 'K7Q2MX4ZPA' }, 201),
    });
    render(api);
    await voteAll(user);
    expect(await screen.findByTestId('receipt-code')).toHaveTextContent('K7Q2MX4ZPA');
    expect(screen.queryByText(/mã hoá ngay trên máy của bạn/)).toBeNull();
  });
});
