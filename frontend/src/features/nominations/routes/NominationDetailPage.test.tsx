import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { EligibilityReport, Nomination } from '../api/nominations';
import { NominationDetailPage } from './NominationDetailPage';

const draft: Nomination = {
  id: 'n1',
  unitId: 'u1',
  unitName: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  nomineeKind: 'PERSON',
  personId: 'p1',
  personName: 'Nguyễn Thị Hồng Nhung',
  awardTypeId: 'a1',
  awardTypeCode: 'CSTD_NGANH',
  awardTypeName: 'Chiến sĩ thi đua ngành Tư pháp',
  periodId: 'y1',
  periodLabel: '2025',
  achievements: 'Ba năm liên tục đạt Chiến sĩ thi đua cơ sở',
  initiativeIds: [],
  status: 'DRAFT',
  allowedActions: ['edit', 'submit'],
  createdBy: 'unit-officer',
  version: 0,
  createdAt: '2026-01-10T02:00:00Z',
  updatedAt: '2026-01-10T02:00:00Z',
};

const report: EligibilityReport = {
  nominationId: 'n1',
  awardTypeCode: 'CSTD_NGANH',
  awardTypeName: 'Chiến sĩ thi đua ngành Tư pháp',
  year: 2025,
  parametersDate: '2025-12-31',
  receipt: { evaluationDate: '2025-12-31', ruleSetHash: 'c'.repeat(64), hashAlgorithm: 'SHA-256', parameters: [], changes: [] },
  overall: 'FAIL',
  checkedAt: '2026-01-10T02:00:00Z',
  rules: [
    {
      ruleId: 'R-CSTD-BO',
      name: 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua ngành Tư pháp',
      verdict: 'FAIL',
      explanation: 'Mới 2 năm liên tục đạt Chiến sĩ thi đua cơ sở (2024, 2025); cần 3 năm liên tục',
      legalSource: 'Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15',
      citations: [{ text: 'Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15', binding: 'LAW' }],
    },
    {
      ruleId: 'R-BLOCK',
      name: 'Không khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, khiếu nại, tố cáo',
      verdict: 'PASS',
      explanation: 'Không có vụ việc đang xem xét',
      legalSource: 'Nghị định số 98/2023/NĐ-CP',
      citations: [{ text: 'Nghị định số 98/2023/NĐ-CP', binding: 'LAW' }],
    },
  ],
  notes: [],
  language: 'vi',
};

function routes() {
  return {
    'GET /api/v1/me': () => ({ ...officer, roles: ['unit-head'] }),
    'GET /api/v1/nominations/{id}': () => draft,
    'GET /api/v1/nominations/{id}/eligibility': () => report,
    'GET /api/v1/nominations/{id}/documents': () => [],
    'GET /api/v1/nominations/{id}/history': () => [
      { at: '2026-01-10T02:00:00Z', actor: 'unit-officer', actorRoles: [], action: 'create' },
      { at: '2026-01-11T02:00:00Z', actor: 'nva', actorName: 'Nguyễn Văn An', actorRoles: ['unit-head'], action: 'submit' },
    ],
  };
}

describe('Nomination detail page', () => {
  it('shows every rule with its verdict, explanation and legal source', async () => {
    renderWithProviders(null, {
      api: fakeApi(routes()),
      route: '/nominations/n1',
      routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }],
    });

    const table = await screen.findByRole('table', { name: 'Kiểm tra điều kiện theo quy định' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('R-CSTD-BO')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Không đạt')).toBeInTheDocument();
    expect(within(rows[0]).getByText(/cần 3 năm liên tục/)).toBeInTheDocument();
    expect(within(rows[0]).getByText(/Điều 22/)).toBeInTheDocument();
    expect(within(rows[1]).getByText('Đạt')).toBeInTheDocument();
    expect(screen.getByText(/tham số quy định áp dụng ngày 31\/12\/2025/)).toBeInTheDocument();
    // The history names who acted and in which role, never by login name.
    expect(await screen.findByText(/Nguyễn Văn An \(Thủ trưởng đơn vị\):/)).toBeInTheDocument();
    expect(screen.getByText(/— Cán bộ/)).toBeInTheDocument();
    expect(screen.queryByText(/unit-officer|nva:/)).toBeNull();
  });

  it('offers only the allowed plain actions and shows why the server refused one', async () => {
    const api = fakeApi({
      ...routes(),
      'POST /api/v1/nominations/{id}/submit': () =>
        new Response(
          JSON.stringify({
            type: '/problems/ineligible',
            title: 'Eligibility rules fail',
            status: 409,
            detail: 'The dossier cannot be submitted while rules fail: [R-CSTD-BO]',
            errors: [{ field: 'R-CSTD-BO', message: 'CSTĐCS 2 consecutive year(s) up to 2025; 3 needed' }],
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    renderWithProviders(null, { api, route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    const submit = await screen.findByRole('button', { name: 'Gửi hồ sơ' });
    expect(screen.queryByRole('button', { name: 'Tiếp nhận' })).toBeNull();
    fireEvent.click(submit);
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/nominations/n1/submit'))).toBe(true));
    expect(await screen.findByText(/cannot be submitted while rules fail/)).toBeInTheDocument();
  });

  it('lets the unit head withdraw the dossier with a reason', async () => {
    const api = fakeApi({
      ...routes(),
      'GET /api/v1/nominations/{id}': () => ({ ...draft, status: 'SUBMITTED', allowedActions: ['withdraw'] }),
      'POST /api/v1/nominations/{id}/withdraw': () => ({ ...draft, status: 'WITHDRAWN', allowedActions: [] }),
    });
    renderWithProviders(null, { api, route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    fireEvent.click(await screen.findByRole('button', { name: 'Rút hồ sơ' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'Đơn vị xin rút để nhường Cụm' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/nominations/n1/withdraw'))).toBe(true));
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ reason: 'Đơn vị xin rút để nhường Cụm' });
  });

  it('lets the secretariat take the council result from a published council session', async () => {
    const onAgenda: Nomination = { ...draft, status: 'ON_AGENDA', allowedActions: ['council-vote', 'council-result'] };
    const api = fakeApi({
      ...routes(),
      'GET /api/v1/me': () => ({ ...officer, roles: ['secretariat'] }),
      'GET /api/v1/nominations/{id}': () => onAgenda,
      'GET /api/v1/voting-sessions': () => page([{ id: 's1', purpose: 'COUNCIL_REVIEW', title: 'Hội đồng TĐKT ngành xét Chiến sĩ thi đua', sessionDate: '2026-03-20' }]),
      'POST /api/v1/nominations/{id}/council-vote': () => ({ ...onAgenda, status: 'APPROVED', allowedActions: [] }),
    });
    renderWithProviders(null, { api, route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    fireEvent.click(await screen.findByRole('button', { name: 'Lấy kết quả phiên bỏ phiếu của Hội đồng' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('Phiên bỏ phiếu của Hội đồng (đã công bố)'));
    fireEvent.click(await screen.findByText('Hội đồng TĐKT ngành xét Chiến sĩ thi đua (20/03/2026)'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/council-vote'))).toBe(true));
    const sent = await api.requests.find((r) => r.method === 'POST')!.clone().json();
    expect(sent).toEqual({ sessionId: 's1' });
    expect(api.queriesTo('/api/v1/voting-sessions')[0].get('status')).toBe('PUBLISHED');
  });

  it('lets the officer cite an initiative and runs the checklist again on save', async () => {
    let saved = false;
    const passing: EligibilityReport = { ...report, overall: 'PASS', rules: [{ ...report.rules[0], verdict: 'PASS', explanation: '3 năm liên tục đạt Chiến sĩ thi đua cơ sở' }, report.rules[1]] };
    const api = fakeApi({
      ...routes(),
      'GET /api/v1/nominations/{id}/eligibility': () => (saved ? passing : report),
      'GET /api/v1/initiatives': () => page([{ id: 'i1', title: 'Số hoá quy trình tiếp nhận', scope: 'MINISTRY', owners: [] }]),
      'PUT /api/v1/nominations/{id}': () => {
        saved = true;
        return { ...draft, initiativeIds: ['i1'], version: 1 };
      },
    });
    renderWithProviders(null, { api, route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    const table = await screen.findByRole('table', { name: 'Kiểm tra điều kiện theo quy định' });
    expect(await within(table).findByText('Không đạt')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa hồ sơ' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('Sáng kiến dẫn chứng'));
    fireEvent.click(await screen.findByText('Số hoá quy trình tiếp nhận (cấp Bộ)'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu và kiểm tra lại' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect((await put.clone().json()).initiativeIds).toEqual(['i1']);
    await waitFor(() => expect(within(table).queryByText('Không đạt')).toBeNull());
    expect(within(table).getByText('3 năm liên tục đạt Chiến sĩ thi đua cơ sở')).toBeInTheDocument();
  });

  it('attaches a file of the chosen kind to a draft and checks the dossier again', async () => {
    let attached = false;
    const api = fakeApi({
      ...routes(),
      'GET /api/v1/nominations/{id}/documents': () =>
        attached ? [{ id: 'd1', kind: 'BAO_CAO_THANH_TICH', title: 'bao-cao.pdf', fileName: 'bao-cao.pdf', sha256: 'ab'.repeat(32) }] : [],
      'POST /api/v1/nominations/{id}/documents': () => {
        attached = true;
        return new Response(JSON.stringify({ id: 'd1' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    });
    const { container } = renderWithProviders(null, { api, route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    await screen.findByRole('button', { name: /Đính kèm tệp/ });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Loại tài liệu' }));
    fireEvent.click(await screen.findByTitle('Báo cáo thành tích'));
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], 'bao-cao.pdf', { type: 'application/pdf' })] } });

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/nominations/n1/documents'))).toBe(true));
    const form = await api.requests.find((r) => r.method === 'POST')!.clone().formData();
    expect(form.get('kind')).toBe('BAO_CAO_THANH_TICH');
    expect(form.has('file')).toBe(true); // jsdom's File loses its name crossing into undici's FormData
    expect(await screen.findByText(/bao-cao\.pdf \(bao-cao\.pdf\)/)).toBeInTheDocument();
    await waitFor(() => expect(api.requests.filter((r) => r.url.endsWith('/api/v1/nominations/n1/eligibility')).length).toBeGreaterThan(1));
  });

  it('offers no attachment once the dossier has left the unit', async () => {
    const api = fakeApi({ ...routes(), 'GET /api/v1/nominations/{id}': () => ({ ...draft, status: 'SUBMITTED', allowedActions: [] }) });
    renderWithProviders(null, { api, route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    expect(await screen.findByRole('table', { name: 'Kiểm tra điều kiện theo quy định' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đính kèm tệp' })).toBeNull();
  });

  it('shows the appraisal time limit in working days, overdue in red', async () => {
    const api = fakeApi({
      ...routes(),
      'GET /api/v1/nominations/{id}': () => ({
        ...draft,
        status: 'APPRAISING',
        allowedActions: [],
        deadline: { kind: 'APPRAISAL', due: '2026-03-27', workingDaysLeft: -2, overdue: true, ruleId: 'R-DEADLINE-APPRAISAL' },
      }),
    });
    renderWithProviders(null, { api, route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    expect(await screen.findByText('Thời hạn thẩm định')).toBeInTheDocument();
    expect(screen.getByText('27/03/2026')).toBeInTheDocument();
    expect(screen.getByText('quá hạn 2 ngày làm việc')).toBeInTheDocument();
  });

  it('shows no time limit for a draft', async () => {
    renderWithProviders(null, { api: fakeApi(routes()), route: '/nominations/n1', routes: [{ path: '/nominations/:id', element: <NominationDetailPage /> }] });

    expect(await screen.findByRole('table', { name: 'Kiểm tra điều kiện theo quy định' })).toBeInTheDocument();
    expect(screen.queryByTestId('working-days-left')).toBeNull();
  });
});
