import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { SessionPage } from '../routes/SessionPage';
import { votingSession } from '../routes/voting.fixtures';

const KEY = '02' + '11'.repeat(32);
const PROOF = { c: '01'.padStart(64, '0'), v: '02'.padStart(64, '0') };
const server = { guardianId: 'server', label: 'server', publicKey: KEY, decrypted: false };
const lan = { guardianId: 'g-lan', label: 'Bùi Thị Lan', username: 'officer.hctp', publicKey: KEY, proof: PROOF, decrypted: false };

const board = (guardians: object[], keysComplete: boolean) => ({
  sessionId: 'v1', round: 1, awaitingDecryption: false, keysComplete, callerGuardianId: null, guardians,
});

/** An encrypted draft the caller may edit, served with ETag "7", and its board (one member, key posted). */
function render(put: (request: Request) => Response | object) {
  const api = fakeApi({
    'GET /api/v1/voting-sessions/{id}': () =>
      new Response(JSON.stringify(votingSession({ status: 'DRAFT', encrypted: true, present: [], allowedActions: ['edit', 'open'] })), {
        status: 200,
        headers: { 'Content-Type': 'application/json', ETag: '"7"' },
      }),
    'GET /api/v1/voting-sessions/{id}/counting-board': () => board([server, lan], true),
    'PUT /api/v1/voting-sessions/{id}/counting-board': (_url, request) => put(request),
  });
  renderWithProviders(<SessionPage />, { api, route: '/voting/v1', routes: [{ path: '/voting/:id', element: <SessionPage /> }] });
  return api;
}

async function addMember(user: ReturnType<typeof userEvent.setup>, username: string, label: string) {
  await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }));
  const usernames = screen.getAllByLabelText(/^Tên đăng nhập/);
  const labels = screen.getAllByLabelText(/^Họ tên, chức vụ/);
  await user.type(usernames[usernames.length - 1], username);
  await user.type(labels[labels.length - 1], label);
}

describe('Counting board editor on the session page', () => {
  it('appoints a second member with the session ETag and shows each member key state', async () => {
    const user = userEvent.setup();
    const api = render(() =>
      board([server, lan, { guardianId: 'g-giang', label: 'Vũ Thị Giang', username: 'unit-officer', publicKey: null, decrypted: false }], false),
    );
    const card = (await screen.findByText('Ban kiểm phiếu', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    expect(await within(card).findByText('Đã tạo khoá')).toBeInTheDocument();
    expect(within(card).getByLabelText('Tên đăng nhập 1')).toHaveValue('officer.hctp');
    await addMember(user, 'unit-officer', 'Vũ Thị Giang');
    await user.click(screen.getByRole('button', { name: 'Lưu Ban kiểm phiếu' }));
    expect(await screen.findByText('Đã lưu Ban kiểm phiếu.')).toBeInTheDocument();
    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(await put.clone().json()).toEqual({
      members: [
        { username: 'officer.hctp', label: 'Bùi Thị Lan' },
        { username: 'unit-officer', label: 'Vũ Thị Giang' },
      ],
    });
    expect(within(card).getByText('Chưa tạo khoá')).toBeInTheDocument();
    expect(within(card).getByText('Chưa mở được phiên: còn thành viên chưa tạo khoá.')).toBeInTheDocument();
  });

  it('shows the server problem when a member is listed twice, and asks for a missing name before sending', async () => {
    const user = userEvent.setup();
    const api = render(() =>
      problemResponse(400, { title: 'Dữ liệu không hợp lệ', detail: 'Thành viên officer.hctp có tên hai lần trong Ban kiểm phiếu.' }),
    );
    await screen.findByLabelText('Tên đăng nhập 1');
    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu Ban kiểm phiếu' }));
    expect(await screen.findByText('Nhập tên đăng nhập của thành viên.')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Bỏ thành viên 2' }));
    await addMember(user, 'officer.hctp', 'Bùi Thị Lan');
    await user.click(screen.getByRole('button', { name: 'Lưu Ban kiểm phiếu' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('có tên hai lần'));
    expect(screen.queryByText('Đã lưu Ban kiểm phiếu.')).toBeNull();
  });

  it('is absent from a session whose ballots are cast in clear', async () => {
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'DRAFT', encrypted: false, present: [], allowedActions: ['edit', 'open'] }),
    });
    renderWithProviders(<SessionPage />, { api, route: '/voting/v1', routes: [{ path: '/voting/:id', element: <SessionPage /> }] });
    expect(await screen.findByRole('button', { name: 'Mở phiên bỏ phiếu' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu Ban kiểm phiếu' })).toBeNull();
    expect(api.requests.some((r) => r.url.includes('/counting-board'))).toBe(false);
  });
});
