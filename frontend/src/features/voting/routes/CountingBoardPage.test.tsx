import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { CountingBoard, DecryptionsRequest, EncryptedTally, GuardianKeyRequest } from '../api/encrypted';
import { createBackup, generateKeyShare, parseBackup, pointFromHex, pointToHex, restoreBackup, type KeyShare } from '../crypto';
import { G, mul } from '../crypto/codec';
import { ciphertextToJson, encrypt } from '../crypto/elgamal';
import { combineCount, electionKey, partialDecryptionFromJson, scalarProofFromJson, verifyKey, verifyPartialDecryption } from '../crypto/guardian';
import { CountingBoardPage } from './CountingBoardPage';
import { SessionPage } from './SessionPage';
import { votingSession } from './voting.fixtures';

const saved: { blob?: Blob; name?: string } = {};
vi.mock('@/lib/download', () => ({
  saveBlob: (blob: Blob, name: string) => {
    saved.blob = blob;
    saved.name = name;
  },
}));

const ME = '0b6f3c1e-8a2d-4e5f-9a7b-1c2d3e4f5a6b';
const PASS = 'ba con mèo trèo cây cau';
const server = generateKeyShare('v1', 'server');

function board(overrides: Partial<CountingBoard> = {}, me: Partial<CountingBoard['guardians'][number]> = {}): CountingBoard {
  return {
    sessionId: 'v1',
    round: 1,
    guardians: [
      { guardianId: 'server', label: 'server', publicKey: pointToHex(server.publicKey), decrypted: false },
      { guardianId: ME, label: 'Nguyễn Văn An', publicKey: null, decrypted: false, ...me },
      { guardianId: 'other', label: 'Trần Thị Bình', publicKey: null, decrypted: false },
    ],
    callerGuardianId: ME,
    awaitingDecryption: false,
    keysComplete: true,
    ...overrides,
  };
}

function render(api: ReturnType<typeof fakeApi>) {
  return renderWithProviders(<CountingBoardPage />, {
    api,
    route: '/voting/v1/counting-board',
    routes: [{ path: '/voting/:id/counting-board', element: <CountingBoardPage /> }],
  });
}

/** Three ballots' YES totals for two candidates under K = server + member: u1 has 2 YES, u2 has 1. */
function tallyFor(member: KeyShare): EncryptedTally {
  const K = electionKey([server.publicKey, member.publicKey]);
  return {
    sessionId: 'v1',
    round: 1,
    ballots: 3,
    totals: [
      { candidateRef: 'u1', option: 'YES', ciphertext: ciphertextToJson(encrypt(K, 2, 11n)) },
      { candidateRef: 'u2', option: 'YES', ciphertext: ciphertextToJson(encrypt(K, 1, 12n)) },
    ],
  };
}

describe('Counting board page', { timeout: 60_000 }, () => {
  beforeEach(() => {
    saved.blob = undefined;
  });

  it('lists the key holders and tells a non-member they are not on the board', async () => {
    render(
      fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession(),
        'GET /api/v1/voting-sessions/{id}/counting-board': () => board({ callerGuardianId: null }),
      }),
    );
    expect(await screen.findByText('Bạn không có tên trong Ban kiểm phiếu của phiên này.')).toBeInTheDocument();
    const rows = screen.getAllByTestId('guardian').map((r) => r.textContent);
    expect(rows).toEqual(['Máy chủ (khoá giữ ngoài cơ sở dữ liệu)Đã tạo khoá', 'Nguyễn Văn AnChưa tạo khoá', 'Trần Thị BìnhChưa tạo khoá']);
    expect(screen.queryByRole('button', { name: 'Tạo khoá' })).toBeNull();
  });

  it('says so when the session is not encrypted', async () => {
    render(fakeApi({ 'GET /api/v1/voting-sessions/{id}': () => votingSession() }));
    expect(await screen.findByText('Phiên này không dùng phiếu mã hoá.')).toBeInTheDocument();
  });

  it('"Tạo khoá" makes the share here, downloads its passphrase-protected backup and posts only the public key with a valid proof', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession(),
      'GET /api/v1/voting-sessions/{id}/counting-board': () => board(),
      'POST /api/v1/voting-sessions/{id}/counting-board/{guardianId}/key': () => new Response(null, { status: 204 }),
    });
    render(api);
    await user.type(await screen.findByLabelText('Mật khẩu bảo vệ tệp sao lưu'), 'ngắn quá');
    await user.type(screen.getByLabelText('Nhập lại mật khẩu'), 'khác hẳn');
    await user.click(screen.getByRole('button', { name: 'Tạo khoá' }));
    expect(await screen.findByText('Mật khẩu cần ít nhất 12 ký tự.')).toBeInTheDocument();
    expect(screen.getByText('Hai mật khẩu không khớp.')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.clear(screen.getByLabelText('Mật khẩu bảo vệ tệp sao lưu'));
    await user.type(screen.getByLabelText('Mật khẩu bảo vệ tệp sao lưu'), PASS);
    await user.clear(screen.getByLabelText('Nhập lại mật khẩu'));
    await user.type(screen.getByLabelText('Nhập lại mật khẩu'), PASS);
    await user.click(screen.getByRole('button', { name: 'Tạo khoá' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true), { timeout: 20_000 });
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/voting-sessions/v1/counting-board/${ME}/key`);
    const body = (await post.clone().json()) as GuardianKeyRequest;
    expect(Object.keys(body).sort()).toEqual(['proof', 'publicKey']);
    expect(verifyKey('v1', ME, pointFromHex(body.publicKey), scalarProofFromJson(body.proof))).toBe(true);

    expect(saved.name).toMatch(/^thidua-khoa-v1-0b6f3c1e\.json$/);
    const file = await saved.blob!.text();
    expect(window.localStorage.getItem(`thidua.guardian-backup.v1.${ME}`)).toBe(file);
    const backup = parseBackup(file);
    expect(backup.publicKey).toBe(body.publicKey);
    const restored = await restoreBackup(backup, PASS);
    expect(pointToHex(mul(G, restored.secret))).toBe(body.publicKey);
  });

  it('"Giải mã kết quả" from the backup file: a wrong passphrase sends nothing, the right one posts checked partial decryptions', async () => {
    const user = userEvent.setup();
    const member = generateKeyShare('v1', ME);
    const file = new File([JSON.stringify(await createBackup(member, PASS))], 'khoa.json', { type: 'application/json' });
    const tally = tallyFor(member);
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'CLOSED' }),
      'GET /api/v1/voting-sessions/{id}/counting-board': () => board({ awaitingDecryption: true }, { publicKey: pointToHex(member.publicKey) }),
      'GET /api/v1/voting-sessions/{id}/encrypted-tally': () => tally,
      'POST /api/v1/voting-sessions/{id}/counting-board/{guardianId}/decryptions': () =>
        jsonResponse(board({ awaitingDecryption: true }, { publicKey: pointToHex(member.publicKey), decrypted: true }), 200),
    });
    render(api);
    expect(await screen.findByText('Bạn đã tạo khoá cho phiên này.')).toBeInTheDocument();
    expect(screen.getByText('Máy này không có khoá của bạn: khi giải mã, hãy chọn tệp sao lưu.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Chọn tệp sao lưu'), file);
    await user.type(screen.getByLabelText('Mật khẩu bảo vệ tệp sao lưu'), 'sai mật khẩu rồi');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Giải mã kết quả' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Giải mã kết quả' }));
    expect(await screen.findByText('Mật khẩu không đúng, hoặc tệp đã bị sửa.', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.clear(screen.getByLabelText('Mật khẩu bảo vệ tệp sao lưu'));
    await user.type(screen.getByLabelText('Mật khẩu bảo vệ tệp sao lưu'), PASS);
    await user.click(await screen.findByRole('button', { name: 'Giải mã kết quả' }));
    expect(await screen.findByText('Đã gửi phần giải mã của bạn (2 tổng số).', {}, { timeout: 20_000 })).toBeInTheDocument();

    const body = (await api.requests.find((r) => r.method === 'POST')!.clone().json()) as DecryptionsRequest;
    expect(body.round).toBe(1);
    expect(body.shares.map((s) => `${s.candidateRef}/${s.option}`)).toEqual(['u1/YES', 'u2/YES']);
    const counts = body.shares.map((s, i) => {
      const ct = { alpha: pointFromHex(tally.totals[i].ciphertext.alpha), beta: pointFromHex(tally.totals[i].ciphertext.beta) };
      const ctx = { sessionId: 'v1', round: 1, label: `${s.candidateRef}/${s.option}`, guardianId: ME, publicKey: member.publicKey };
      const pd = partialDecryptionFromJson(s);
      expect(verifyPartialDecryption(ctx, ct, pd)).toBe(true);
      return combineCount(ct, [pd.share, mul(ct.alpha, server.secret)], 3);
    });
    expect(counts).toEqual([2, 1]);
  });

  it('decrypts with the backup kept on this device, and refuses another member\'s file', async () => {
    const user = userEvent.setup();
    const member = generateKeyShare('v1', ME);
    window.localStorage.setItem(`thidua.guardian-backup.v1.${ME}`, JSON.stringify(await createBackup(member, PASS)));
    const stranger = generateKeyShare('v1', 'other');
    const api = fakeApi({
      'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'CLOSED' }),
      'GET /api/v1/voting-sessions/{id}/counting-board': () => board({ awaitingDecryption: true }, { publicKey: pointToHex(member.publicKey) }),
      'GET /api/v1/voting-sessions/{id}/encrypted-tally': () => tallyFor(member),
      'POST /api/v1/voting-sessions/{id}/counting-board/{guardianId}/decryptions': () =>
        jsonResponse(board({ awaitingDecryption: true }, { publicKey: pointToHex(member.publicKey), decrypted: true }), 200),
    });
    render(api);
    expect(await screen.findByText('Tệp sao lưu khoá có sẵn trên máy này.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Chọn tệp sao lưu' }));
    await user.upload(screen.getByLabelText('Chọn tệp sao lưu', { selector: 'input[type="file"]' }), new File([JSON.stringify(await createBackup(stranger, PASS))], 'b.json'));
    await user.type(screen.getByLabelText('Mật khẩu bảo vệ tệp sao lưu'), PASS);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Giải mã kết quả' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Giải mã kết quả' }));
    expect(await screen.findByText(/Tệp sao lưu này là của phiên hoặc người khác/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('radio', { name: 'Dùng khoá lưu trên máy này' }));
    await user.click(await screen.findByRole('button', { name: 'Giải mã kết quả' }));
    expect(await screen.findByText('Đã gửi phần giải mã của bạn (2 tổng số).', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(new URL(api.requests.find((r) => r.method === 'POST')!.url).pathname).toBe(`/api/v1/voting-sessions/v1/counting-board/${ME}/decryptions`);
  });

  it('tells a member who already decrypted this round', async () => {
    render(
      fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession({ status: 'CLOSED' }),
        'GET /api/v1/voting-sessions/{id}/counting-board': () => board({ awaitingDecryption: true }, { publicKey: pointToHex(server.publicKey), decrypted: true }),
      }),
    );
    expect(await screen.findByText('Bạn đã gửi phần giải mã cho vòng này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Giải mã kết quả' })).toBeNull();
  });

  it('is linked from the page of an encrypted session with board members only', async () => {
    const member = { id: 'g-member', publicKey: '02' + '11'.repeat(32), proof: { c: '01'.padStart(64, '0'), v: '02'.padStart(64, '0') } };
    const manifest = { sessionId: 'v1', round: 1, electionKey: null, guardians: [member], candidateRefs: [], maxChoices: 1, abstainAllowed: true };
    const routes = [{ path: '/voting/:id', element: <SessionPage /> }];
    const encrypted = renderWithProviders(<SessionPage />, {
      api: fakeApi({
        'GET /api/v1/voting-sessions/{id}': () => votingSession(),
        'GET /api/v1/voting-sessions/{id}/election-key': () => manifest,
        'GET /api/v1/voting-sessions/{id}/counting-board': () => board(),
      }),
      route: '/voting/v1',
      routes,
    });
    expect(await screen.findByRole('link', { name: /Ban kiểm phiếu/ }, { timeout: 10_000 })).toHaveAttribute('href', '/voting/v1/counting-board');
    encrypted.unmount();

    renderWithProviders(<SessionPage />, { api: fakeApi({ 'GET /api/v1/voting-sessions/{id}': () => votingSession() }), route: '/voting/v1', routes });
    expect(await screen.findByText(votingSession().title)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Ban kiểm phiếu/ })).toBeNull();
  });
});
