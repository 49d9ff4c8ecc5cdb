import { screen } from '@testing-library/react';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { CountingBoardLink } from './CountingBoardLink';

const KEY = '02' + '11'.repeat(32);
const PROOF = { c: '01'.padStart(64, '0'), v: '02'.padStart(64, '0') };

/** The board as GET …/counting-board answers it: members appear as soon as they are appointed, key or not. */
function render(guardians: { id: string }[]) {
  const api = fakeApi({
    'GET /api/v1/voting-sessions/{id}/election-key': () => ({
      sessionId: 'v1', round: 1, electionKey: null, candidateRefs: ['c1'], maxChoices: 1, abstainAllowed: true,
      guardians: [{ id: 'server', publicKey: KEY, proof: PROOF }],
    }),
    'GET /api/v1/voting-sessions/{id}/counting-board': () => ({
      sessionId: 'v1', round: 1, awaitingDecryption: false, keysComplete: false, callerGuardianId: null,
      guardians: guardians.map((g) => ({ guardianId: g.id, label: g.id, publicKey: g.id === 'server' ? KEY : null, decrypted: false })),
    }),
  });
  const element = (
    <>
      <h1>Phiên</h1>
      <CountingBoardLink sessionId="v1" />
    </>
  );
  renderWithProviders(element, { api, route: '/voting/v1', routes: [{ path: '/voting/:id', element }] });
  return api;
}

describe('Counting board link', () => {
  it('leads a session with appointed board members (no key posted yet) to the board page', async () => {
    render([{ id: 'server' }, { id: '5b0c3f6e-1d7a-4a8e-9d61-0f2f1f6a9c11' }]);
    expect(await screen.findByRole('link', { name: /Ban kiểm phiếu/ })).toHaveAttribute('href', '/voting/v1/counting-board');
  });

  it('is absent while the server is the only key holder', async () => {
    const api = render([{ id: 'server' }]);
    await vi.waitFor(() => expect(api.requests.some((r) => r.url.includes('/counting-board'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link', { name: /Ban kiểm phiếu/ })).toBeNull();
  });
});
