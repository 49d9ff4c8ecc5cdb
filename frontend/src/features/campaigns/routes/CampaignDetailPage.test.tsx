import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '@/lib/auth/me';
import { fakeApi, jsonResponse, page, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { CampaignDetail, Participation, Registration } from '../api/campaigns';
import { CampaignDetailPage } from './CampaignDetailPage';

const UNIT = '00000000-0000-4000-8000-000000000203';

const campaign: CampaignDetail = {
  id: 'c1',
  title: 'Toàn ngành Tư pháp ra sức thi đua về đích sớm',
  slogan: 'Kỷ cương, trách nhiệm',
  type: 'REGULAR',
  scope: 'SECTOR',
  launchingUnitId: 'u10',
  launchingUnitName: 'Vụ Tổ chức cán bộ',
  startDate: '2026-01-15',
  endDate: '2026-12-31',
  targetSelector: 'LIST',
  targetUnits: [{ unitId: UNIT, unitName: 'Cục Hành chính tư pháp' }],
  goals: [{ text: 'Cán bộ đăng ký thi đua', quantity: 100, measure: '%' }],
  documents: [],
  status: 'LAUNCHED',
  allowedActions: ['start'],
  version: 1,
};

const submitted: Registration = {
  id: 'r1',
  campaignId: 'c1',
  unitId: UNIT,
  unitName: 'Cục Hành chính tư pháp',
  awardTypeId: 'a5',
  awardTypeCode: 'TTLDTT',
  awardTypeName: 'Tập thể lao động tiên tiến',
  subject: 'COLLECTIVE',
  status: 'SUBMITTED',
  createdBy: 'officer.hctp',
  allowedActions: ['approve', 'return'],
  version: 1,
};

const officer: Me = { username: 'officer.hctp', displayName: 'Cán Bộ', roles: ['unit-officer'], unitId: UNIT, unitName: 'Cục Hành chính tư pháp' };
const secretariat: Me = { username: 'secretariat', displayName: 'Thư Ký', roles: ['secretariat'], unitId: 'u10', unitName: 'Vụ Tổ chức cán bộ' };

const awardTypes = [
  { id: 'a1', code: 'LDTT', name: 'Lao động tiên tiến', kind: 'TITLE', subject: 'INDIVIDUAL', level: 'UNIT', decidedBy: 'x', legalInstrument: 'x', verified: true, active: true, version: 0 },
  { id: 'a5', code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', kind: 'TITLE', subject: 'COLLECTIVE', level: 'UNIT', decidedBy: 'x', legalInstrument: 'x', verified: true, active: true, version: 0 },
];

const participation: Participation = {
  campaignId: 'c1',
  status: 'IN_PROGRESS',
  asOf: '2026-11-22',
  targetUnits: 2,
  registeredUnits: 1,
  interimReportedUnits: 0,
  finalReportedUnits: 0,
  overdueUnits: 1,
  units: [
    { unitId: UNIT, unitName: 'Cục Hành chính tư pháp', registrations: 1, approvedRegistrations: 0, interimReported: false, finalReported: false, overdue: false, overdueReasons: [] },
    { unitId: 'u201', unitName: 'Cục PBGDPL và TGPL', registrations: 0, approvedRegistrations: 0, interimReported: false, finalReported: false, overdue: true, overdueReasons: ['REGISTRATION', 'INTERIM_REPORT'] },
  ],
};

function detailApi(me: Me, registrations: Registration[] = [], overrides: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/campaigns/{id}': () => campaign,
    'GET /api/v1/campaigns/{id}/registrations': () => page(registrations),
    'POST /api/v1/campaigns/{id}/registrations': () => jsonResponse({ ...submitted, id: 'r9', status: 'DRAFT', allowedActions: ['edit', 'submit'] }, 201),
    'POST /api/v1/campaigns/{id}/registrations/{rid}/approve': () => ({ ...submitted, status: 'APPROVED', allowedActions: [] }),
    'PUT /api/v1/campaigns/{id}/registrations/{rid}': () => ({ ...submitted, status: 'RETURNED', allowedActions: ['edit', 'submit'] }),
    'GET /api/v1/campaigns/{id}/participation': () => participation,
    'GET /api/v1/award-types': () => page(awardTypes),
    'GET /api/v1/people': () => page([{ id: 'p1', fullName: 'Lê Thị Hoa', unitId: UNIT, employmentType: 'CIVIL_SERVANT', leader: false, version: 0 }]),
    ...overrides,
  });
}

describe('Campaign detail page', () => {
  it('lets a unit officer of a target unit register one of its people for an individual title', async () => {
    const user = userEvent.setup();
    const api = detailApi(officer);
    renderWithProviders(null, { api, route: '/campaigns/c1?tab=registrations', routes: [{ path: '/campaigns/:id', element: <CampaignDetailPage /> }] });

    await user.click(await screen.findByRole('button', { name: /Đăng ký mới/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Danh hiệu, hình thức'));
    await user.click(await screen.findByTitle('Lao động tiên tiến (Cá nhân)'));
    await user.click(await within(dialog).findByLabelText('Cá nhân'));
    await user.click(await screen.findByTitle('Lê Thị Hoa'));
    await user.type(within(dialog).getByLabelText('Nội dung cam kết'), 'Hoàn thành tốt nhiệm vụ');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu bản nháp' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ awardTypeId: 'a1', personId: 'p1', commitments: 'Hoàn thành tốt nhiệm vụ' });
    expect(screen.queryByRole('button', { name: 'Phát động' })).not.toBeInTheDocument();
  });

  it('shows the secretariat the approval queue with an approve button', async () => {
    const user = userEvent.setup();
    const api = detailApi(secretariat, [submitted]);
    renderWithProviders(null, { api, route: '/campaigns/c1?tab=registrations', routes: [{ path: '/campaigns/:id', element: <CampaignDetailPage /> }] });

    const row = (await screen.findByText('Tập thể lao động tiên tiến')).closest('tr')!;
    expect(within(row).getByText('Chờ duyệt')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Duyệt' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(new URL(api.requests.find((r) => r.method === 'POST')!.url).pathname).toBe('/api/v1/campaigns/c1/registrations/r1/approve');
    expect(screen.queryByRole('button', { name: /Đăng ký mới/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bắt đầu thực hiện' })).toBeInTheDocument();
  });

  it('shows the secretariat which units are overdue and why', async () => {
    renderWithProviders(null, {
      api: detailApi(secretariat),
      route: '/campaigns/c1?tab=participation',
      routes: [{ path: '/campaigns/:id', element: <CampaignDetailPage /> }],
    });

    const row = (await screen.findByText('Cục PBGDPL và TGPL')).closest('tr')!;
    expect(within(row).getByText('Đăng ký')).toBeInTheDocument();
    expect(within(row).getByText('Báo cáo sơ kết')).toBeInTheDocument();
    const onTrack = screen.getByText('Cục Hành chính tư pháp', { selector: 'td' }).closest('tr')!;
    expect(within(onTrack).getByText('Đúng hạn')).toBeInTheDocument();
  });

  it('lets the unit fix a returned registration, sending the version it read', async () => {
    const user = userEvent.setup();
    const head: Me = { ...officer, username: 'head.hctp', roles: ['unit-head'] };
    const returned: Registration = {
      ...submitted,
      status: 'RETURNED',
      returnReason: 'Chưa đủ 70% LĐTT',
      commitments: 'Cũ',
      allowedActions: ['edit', 'submit'],
      version: 3,
    };
    const api = detailApi(head, [returned]);
    renderWithProviders(null, { api, route: '/campaigns/c1?tab=registrations', routes: [{ path: '/campaigns/:id', element: <CampaignDetailPage /> }] });

    const row = (await screen.findByText('Chưa đủ 70% LĐTT')).closest('tr')!;
    expect(within(row).getByRole('button', { name: 'Trình' })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog');
    const commitments = within(dialog).getByLabelText('Nội dung cam kết');
    await user.clear(commitments);
    await user.type(commitments, 'Ít nhất 70% công chức đạt LĐTT');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu bản nháp' }));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ awardTypeId: 'a5', commitments: 'Ít nhất 70% công chức đạt LĐTT' });
  });

  it('shows a refused registration’s field error under the field it names, in words', async () => {
    const user = userEvent.setup();
    const notInUnit = 'người này không thuộc đơn vị của bạn';
    const api = detailApi(officer, [], {
      'POST /api/v1/campaigns/{id}/registrations': () =>
        problemResponse(400, {
          title: 'Dữ liệu không hợp lệ',
          detail: `Cá nhân được đăng ký: ${notInUnit}`,
          errors: [{ field: 'personId', message: notInUnit }],
        }),
    });
    renderWithProviders(null, { api, route: '/campaigns/c1?tab=registrations', routes: [{ path: '/campaigns/:id', element: <CampaignDetailPage /> }] });

    await user.click(await screen.findByRole('button', { name: /Đăng ký mới/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Danh hiệu, hình thức'));
    await user.click(await screen.findByTitle('Lao động tiên tiến (Cá nhân)'));
    await user.click(await within(dialog).findByLabelText('Cá nhân'));
    await user.click(await screen.findByTitle('Lê Thị Hoa'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu bản nháp' }));

    const field = within(dialog).getByLabelText('Cá nhân').closest<HTMLElement>('.ant-form-item')!;
    expect(await within(field).findByText(notInUnit)).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Dữ liệu không hợp lệ');
    expect(dialog).not.toHaveTextContent('personId');
  });
});
