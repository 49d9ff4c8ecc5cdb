import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { SessionPage } from './SessionPage';
import { officer } from '@/testing/fixtures';
import { publishedResult, votingSession } from './voting.fixtures';

function render(api: ReturnType<typeof fakeApi>) {
  return renderWithProviders(<SessionPage />, { api, route: '/voting/v1', routes: [{ path: '/voting/:id', element: <SessionPage /> }] });
}

describe('Voting session page', () => {
  it('opens a draft with the members ticked present and shows the quorum problem', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () =>
        votingSession({ status: 'DRAFT', present: [], allowedActions: ['edit', 'open'], callerVoterKey: undefined }),
      'POST /api/v1/voting-sessions/{id}/open': () =>
        problemResponse(409, { title: 'Quorum not met', detail: '1 of 3 present; the quorum of 2/3 needs at least 2' }),
    });
    render(api);
    expect(await screen.findByText('Cần ít nhất 2/3 thành viên có mặt (tỷ lệ 2/3).')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Cục Hành chính tư pháp' }));
    await user.click(screen.getByRole('button', { name: 'Mở phiên bỏ phiếu' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('1 of 3 present'));
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ present: ['u203'] });
  });

  it('shows the live turnout and the close action to the runner', async () => {
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession({ allowedActions: ['close'], callerVoterKey: undefined }),
      'GET /api/v1/voting-sessions/{id}/turnout': () => ({ sessionId: 'v1', round: 1, status: 'OPEN', electorate: 6, present: 5, voted: 3 }),
    });
    render(api);
    expect(await screen.findByText('Tiến độ bỏ phiếu')).toBeInTheDocument();
    expect(await screen.findByText('3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kết thúc bỏ phiếu' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bỏ phiếu' })).toBeNull();
  });

  it('shows the published result with the elected and the receipt codes', async () => {
    render(
      fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'PUBLISHED', allowedActions: [] }),
        'GET /api/v1/voting-sessions/{id}/result': () => publishedResult,
        'GET /api/v1/voting-sessions/{id}/signed-minutes': () => [],
      }),
    );
    const table = await screen.findByRole('table', { name: 'Kết quả kiểm phiếu' }).catch(() => screen.getAllByRole('table')[0]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Trúng cử')).toBeInTheDocument();
    expect(within(rows[0]).getByText('2/3')).toBeInTheDocument();
    expect(within(rows[1]).queryByText('Trúng cử')).toBeNull();
    expect(screen.getByRole('button', { name: /Biên bản \(PDF\)/ })).toBeInTheDocument();
    expect(screen.getByText(/ABCDEFGH23 ZXCVBNMK45/)).toBeInTheDocument();
    // the signed minutes' state, for everyone who sees the session
    expect(await screen.findByText('Ký số biên bản kiểm phiếu')).toBeInTheDocument();
    expect(await screen.findByText('Chưa có bản đã ký.')).toBeInTheDocument();
  });

  it('lets the cluster lead file the cluster proposal from the published election and lists the dossiers', async () => {
    const user = userEvent.setup();
    let filed = false;
    const proposal = {
      id: 'p1', clusterId: 'c1', clusterName: 'Cụm thi đua số III', periodId: 'y26', awardTypeId: 'a7', awardTypeCode: 'CO_NGANH',
      electionSessionId: 'v1', filedByUnitId: 'u202', filedBy: 'cluster-lead', filedAt: '2026-12-16T02:00:00Z', quota: 3, proposed: 1,
      dossiers: [{ nominationId: 'n1', unitId: 'u201', unitName: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý', status: 'DRAFT', minutesAttached: true }],
    };
    const api = fakeApi({
      'GET /api/v1/me': () => ({ ...officer, roles: ['cluster-lead'] }),
      'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'PUBLISHED', allowedActions: [] }),
      'GET /api/v1/voting-sessions/{id}/result': () => publishedResult,
      'GET /api/v1/voting-sessions/{id}/signed-minutes': () => [],
      'GET /api/v1/cluster-proposals': () => (filed ? [proposal] : []),
      'POST /api/v1/cluster-proposals': () => {
        filed = true;
        return proposal;
      },
    });
    render(api);
    await user.click(await screen.findByRole('button', { name: 'Lập tờ trình của Cụm' }));
    expect(await screen.findByRole('link', { name: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý' })).toHaveAttribute('href', '/nominations/n1');
    expect(screen.getByText(/đã đề nghị 1\/3/)).toBeInTheDocument();
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ electionSessionId: 'v1' });
  });

  it('shows no proposal button to a member who is not a cluster lead, and the refusal when the server says no', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/me': () => ({ ...officer, roles: ['cluster-lead'] }),
      'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'PUBLISHED', allowedActions: [] }),
      'GET /api/v1/voting-sessions/{id}/result': () => publishedResult,
      'GET /api/v1/voting-sessions/{id}/signed-minutes': () => [],
      'GET /api/v1/cluster-proposals': () => [],
      'POST /api/v1/cluster-proposals': () =>
        problemResponse(403, { title: 'Không có quyền', detail: 'Chỉ Cụm trưởng hoặc Cụm phó của Cụm thi đua số III mới được lập tờ trình của Cụm.' }),
    });
    render(api);
    await user.click(await screen.findByRole('button', { name: 'Lập tờ trình của Cụm' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Chỉ Cụm trưởng hoặc Cụm phó'));

    render(
      fakeApi({
        'GET /api/v1/me': () => officer,
        'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'PUBLISHED', allowedActions: [] }),
        'GET /api/v1/voting-sessions/{id}/result': () => publishedResult,
        'GET /api/v1/voting-sessions/{id}/signed-minutes': () => [],
        'GET /api/v1/cluster-proposals': () => [],
      }),
    );
    expect(screen.queryAllByRole('button', { name: 'Lập tờ trình của Cụm' })).toHaveLength(1);
  });
});
