import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { ScoreSheet } from '../api/scoring';
import { ScoreSheetPage } from './ScoreSheetPage';

function sheet(overrides: Partial<ScoreSheet> = {}): ScoreSheet {
  return {
    id: 's1',
    templateId: 't1',
    templateName: 'Bảng tiêu chí 2026',
    clusterId: 'c1',
    clusterName: 'Cụm thi đua số III',
    unitId: 'u201',
    unitName: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
    status: 'DRAFT',
    requiresCertification: false,
    maxPoints: 10,
    selfTotal: 2,
    sections: [
      {
        code: 'A',
        title: 'Nhiệm vụ chuyên môn',
        maxPoints: 10,
        selfPoints: 2,
        scored: 1,
        criteria: [
          { code: 'A.1', text: 'Thẩm định đúng hạn', maxPoints: 2, method: 'BANDED', selfInput: 100, selfPoints: 2, evidence: [] },
          { code: 'A.2', text: 'Nhiệm vụ đột xuất', maxPoints: 8, method: 'MANUAL', evidence: [] },
        ],
      },
    ],
    allowedActions: ['edit', 'submit'],
    version: 3,
    ...overrides,
  };
}

describe('Score sheet page', () => {
  it('autosaves a typed input with If-Match and shows the total the server computed', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/score-sheets/{id}': () => new Response(JSON.stringify(sheet()), { headers: { 'Content-Type': 'application/json', ETag: '"3"' } }),
      'PUT /api/v1/score-sheets/{id}/self-scores': () => {
        const saved = sheet({ selfTotal: 9.5, version: 4 });
        saved.sections[0].criteria[1] = { ...saved.sections[0].criteria[1], selfInput: 7.5, selfPoints: 7.5 };
        return new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json', ETag: '"4"' } });
      },
    });
    renderWithProviders(<ScoreSheetPage />, { api, route: '/scoring/sheets/s1', routes: [{ path: '/scoring/sheets/:id', element: <ScoreSheetPage /> }] });

    expect(await screen.findByTestId('self-total')).toHaveTextContent('2');
    await user.type(screen.getByRole('spinbutton', { name: 'Số liệu tự đánh giá A.2' }), '7,5');

    await waitFor(() => expect(screen.getByTestId('self-total')).toHaveTextContent('9,5'), { timeout: 3000 });
    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.clone().json()).toEqual({ entries: [{ criterionCode: 'A.2', input: 7.5 }] });
    expect(screen.getByTestId('self-points-A.2')).toHaveTextContent('7,5');
    expect(screen.getByRole('button', { name: 'Nộp bảng chấm điểm' })).toBeEnabled();
  });

  it('shows self and verified scores side by side to the cluster lead and sends a reason with a cut', async () => {
    const user = userEvent.setup();
    const reviewed = sheet({ status: 'SUBMITTED', allowedActions: ['review', 'verify', 'return'], verifiedTotal: undefined });
    const api = fakeApi({
      'GET /api/v1/score-sheets/{id}': () => new Response(JSON.stringify(reviewed), { headers: { 'Content-Type': 'application/json', ETag: '"7"' } }),
      'PUT /api/v1/score-sheets/{id}/verification': () => jsonResponse({ ...reviewed, verifiedTotal: 1.75 }),
    });
    renderWithProviders(<ScoreSheetPage />, { api, route: '/scoring/sheets/s1', routes: [{ path: '/scoring/sheets/:id', element: <ScoreSheetPage /> }] });

    const verified = await screen.findByRole('spinbutton', { name: 'Số liệu thẩm định A.1' });
    expect(verified).toHaveValue('100');
    expect(screen.queryByRole('spinbutton', { name: 'Số liệu tự đánh giá A.1' })).not.toBeInTheDocument();
    await user.clear(verified);
    await user.type(verified, '96');
    await user.type(screen.getByRole('textbox', { name: 'Lý do chênh lệch A.1' }), 'Hai hồ sơ quá hạn');
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả thẩm định' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(await put.clone().json()).toEqual({ entries: [{ criterionCode: 'A.1', input: 96, reason: 'Hai hồ sơ quá hạn' }] });
    expect(screen.queryByRole('button', { name: 'Nộp bảng chấm điểm' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Hoàn thành thẩm định' })).toBeInTheDocument();
  });

  it('shows each criterion as a card on a phone, with nothing wider than the screen', async () => {
    window.innerWidth = 390;
    const user = userEvent.setup();
    const api = fakeApi({
      'GET /api/v1/score-sheets/{id}': () => new Response(JSON.stringify(sheet()), { headers: { 'Content-Type': 'application/json', ETag: '"3"' } }),
      'PUT /api/v1/score-sheets/{id}/self-scores': () => new Response(JSON.stringify(sheet({ version: 4 })), { headers: { 'Content-Type': 'application/json', ETag: '"4"' } }),
    });
    renderWithProviders(<ScoreSheetPage />, { api, route: '/scoring/sheets/s1', routes: [{ path: '/scoring/sheets/:id', element: <ScoreSheetPage /> }] });

    const cards = await screen.findByTestId('criteria-cards');
    expect(cards).toHaveTextContent('A.2. Nhiệm vụ đột xuất');
    expect(screen.queryByRole('columnheader', { name: 'Nội dung, tiêu chí' })).not.toBeInTheDocument();
    expect(screen.getByTestId('self-points-A.1')).toHaveTextContent('2');
    expect(screen.getByRole('button', { name: 'Tải tệp minh chứng cho tiêu chí A.2' })).toBeInTheDocument();

    await user.type(screen.getByRole('spinbutton', { name: 'Số liệu tự đánh giá A.2' }), '5');
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true), { timeout: 3000 });
  });
});
