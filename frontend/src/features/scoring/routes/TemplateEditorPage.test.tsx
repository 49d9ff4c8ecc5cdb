import { screen, waitFor } from '@testing-library/react';
import { fakeApi, jsonResponse, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Template } from '../api/scoring';
import { TemplateEditorPage } from './TemplateEditorPage';

const published: Template = {
  id: 't1',
  periodId: 'p26',
  periodLabel: '2026',
  targetGroup: 'MINISTRY_UNITS',
  versionNo: 1,
  name: 'Bảng tiêu chí 2026',
  status: 'PUBLISHED',
  totalPoints: 2,
  requiresCertification: false,
  tieBreak: ['FEWER_DEDUCTIONS'],
  sections: [{ code: 'A', title: 'Chuyên môn', maxPoints: 2, criteria: [{ code: 'A.1', text: 'Kế hoạch', maxPoints: 2, method: 'BINARY' }] }],
  version: 2,
};

const periods = page([{ id: 'p26', label: '2026', startDate: '2026-01-01', endDate: '2026-12-31', version: 0 }]);

describe('Template editor', () => {
  it('lists every fault the server finds in the draft while it is edited', async () => {
    const api = fakeApi({
      'GET /api/v1/periods': () => periods,
      'POST /api/v1/scoring-templates/validate': () =>
        jsonResponse({
          valid: false,
          errors: [
            { field: 'sections[0].criteria', message: 'a section needs at least one criterion' },
            { field: 'totalPoints', message: 'is 100 but the sections add up to 0' },
          ],
        }),
    });
    renderWithProviders(null, {
      api,
      route: '/scoring/templates/new?periodId=p26',
      routes: [{ path: '/scoring/templates/:id', element: <TemplateEditorPage /> }],
    });

    expect(await screen.findByText('Bảng tiêu chí còn 2 lỗi', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText('Tổng điểm: is 100 but the sections add up to 0')).toBeInTheDocument();
    expect(screen.getByText('Phần A › Danh sách tiêu chí: a section needs at least one criterion')).toBeInTheDocument();
    expect(screen.queryByText(/sections\[0\]|totalPoints/)).not.toBeInTheDocument();
    const sent = await api.requests.find((r) => r.url.endsWith('/validate'))!.clone().json();
    expect(sent).toMatchObject({ periodId: 'p26', targetGroup: 'MINISTRY_UNITS', totalPoints: 100 });
  });

  it('freezes a published template and offers a new version instead', async () => {
    const api = fakeApi({
      'GET /api/v1/periods': () => periods,
      'GET /api/v1/scoring-templates/{id}': () => published,
    });
    renderWithProviders(null, { api, route: '/scoring/templates/t1', routes: [{ path: '/scoring/templates/:id', element: <TemplateEditorPage /> }] });

    expect(await screen.findByText('Bảng tiêu chí đã ban hành không sửa được; hãy tạo phiên bản mới.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tạo phiên bản mới' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
    await waitFor(() => expect(api.requests.some((r) => r.url.endsWith('/validate'))).toBe(false));
  });
});
